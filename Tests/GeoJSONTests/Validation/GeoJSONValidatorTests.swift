import GeoJSON
import Testing

@Suite struct GeoJSONValidatorTests {
    func problems(_ text: String, format: GeoJSONTextFormat = .automatic) -> [String] {
        GeoJSONValidator.validate(Array(text.utf8), format: format).map(\.description)
    }

    @Test func reportsEveryProblemWithItsPath() {
        let text = """
        {"type": "FeatureCollection", "crs": {"type": "name"}, "properties": {},
         "features": [
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [67, 95]}, "properties": {}},
          {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[67, 30]]}},
          {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[0,0],[0,1],[1,1],[0,0]], [[0.2,0.2],[0.4,0.2],[0.4,0.4],[0.2,0.2]], [[0,0],[1,0],[1,1]]]}, "properties": null},
          {"type": "Feature", "bbox": [10, 5, 20, 1], "geometry": null, "properties": {}},
          {"type": "Feature", "bbox": [170, -10, -170, 10], "geometry": {"type": "Point", "coordinates": [0, 0]}, "properties": {}},
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2, 3, 4]}, "properties": {}},
          {"type": "Circle"}
         ]}
        """
        #expect(problems(text) == [
            #"crs: "crs" is not allowed: RFC 7946 §4 removed it; coordinates are always WGS 84 lon/lat"#,
            #"properties: a FeatureCollection must not have a "properties" member"#,
            "features[0].geometry.coordinates[1]: expected a number for latitude in [-90, 90], got 95; looks like [lat, lon]; GeoJSON positions are [lon, lat]",
            "features[1].geometry.coordinates: expected a LineString of at least 2 positions, got 1",
            #"features[1]: expected a "properties" member (an object or null)"#,
            "features[2].geometry.coordinates[0]: exterior ring is clockwise; RFC 7946 §3.1.6 requires exterior rings to be counter-clockwise",
            "features[2].geometry.coordinates[1]: hole is counter-clockwise; RFC 7946 §3.1.6 requires holes to be clockwise",
            "features[2].geometry.coordinates[2]: expected a linear ring of at least 4 positions, got 3",
            "features[3].bbox: bbox south 5 is greater than north 1",
            "features[4].bbox: bbox (west > east: a box across the antimeridian) does not contain the position at features[4].geometry.coordinates",
            "features[5].geometry.coordinates: expected a position of 2 or 3 numbers [lon, lat(, z)], got 4",
            #"features[6].type: expected "type": "Feature", got "Circle""#,
        ])
    }

    @Test func invalidJSONIsOneProblem() {
        #expect(problems("{\"type\": \"Feature\",,}") == ["invalid JSON at line 1, column 20: expected a member name in double quotes"])
    }

    @Test func badBoundingBoxLength() {
        #expect(problems(#"{"type":"Point","bbox":[1,2,3],"coordinates":[1,2]}"#) == ["bbox: expected a bbox of 4 or 6 numbers, got 3"])
    }

    @Test func validAntimeridianBoxIsAccepted() {
        let text = #"{"type":"LineString","bbox":[170,-10,-170,10],"coordinates":[[175,0],[-175,5]]}"#
        #expect(problems(text) == [])
    }

    @Test func featureCollectionNeedsFeatures() {
        #expect(problems(#"{"type":"FeatureCollection"}"#) == [#"expected a "features" member (an array of Feature objects)"#])
    }

    @Test func textSequenceRecordsAreValidatedSeparately() {
        let good = #"{"type":"Feature","geometry":null,"properties":{}}"#
        let text = "\u{1E}\(good)\n\u{1E}{\"type\":\"Feature\"}\n\u{1E}\(good)"
        #expect(problems(text) == [
            #"record[1]: expected a "geometry" member (a geometry object or null)"#,
            #"record[1]: expected a "properties" member (an object or null)"#,
            "record[2]: expected the record to end with a line feed (RFC 8142)",
        ])
    }

    @Test func newlineDelimitedRecordsAreValidatedSeparately() {
        let good = #"{"type":"Feature","geometry":null,"properties":{}}"#
        let text = "\(good)\n\n{\"type\":\"Feature\",\"geometry\":null,\"properties\":[]}\n\(good)\n[\n"
        #expect(problems(text) == [
            "record[1].properties: expected an object or null for \"properties\", got an array of 0 elements",
            "record[3]: invalid JSON at line 5, column 2: unexpected end of input; expected a JSON value",
        ])
    }

    @Test func documentFormatReportsTrailingContent() {
        let good = #"{"type":"Point","coordinates":[1,2]}"#
        #expect(problems("\(good)\n\(good)", format: .document).first?.hasSuffix("expected end of input after the JSON value") == true)
    }
}
