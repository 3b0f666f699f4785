import GeoJSON
import Testing

@Suite struct GeoJSONReaderTests {
    func readError(_ text: String) -> GeoJSONReadError? {
        do {
            _ = try GeoJSONReader.read(Array(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    func collection(_ features: String) -> String {
        #"{"type":"FeatureCollection","features":["# + features + "]}"
    }

    func pointFeature(_ coordinates: String) -> String {
        #"{"type":"Feature","geometry":{"type":"Point","coordinates":"# + coordinates + #"},"properties":null}"#
    }

    @Test func readsAFeatureWithForeignMembersAndDropsCRSAndBBox() throws {
        let text = #"{"type":"Feature","id":"sibi","bbox":[1,2,3,4],"crs":null,"geometry":{"type":"Point","coordinates":[67.9,29.5]},"properties":{"stop":true},"source":"PR"}"#
        let object = try GeoJSONReader.read(Array(text.utf8))
        #expect(object == .feature(Feature(id: "sibi", geometry: .point([67.9, 29.5]), properties: ["stop": true], foreignMembers: ["source": "PR"])))
    }

    @Test func readsABareGeometry() throws {
        let object = try GeoJSONReader.read(Array(#"{"type":"LineString","coordinates":[[67,30],[68,31]]}"#.utf8))
        #expect(object == .geometry(.lineString([[67, 30], [68, 31]])))
    }

    @Test func emptyCollectionIsAccepted() throws {
        #expect(try GeoJSONReader.read(Array(collection("").utf8)) == .featureCollection(FeatureCollection()))
    }

    @Test func invalidJSONGivesLineAndColumn() {
        let error = readError("{\"type\": \"Feature\",\n \"geometry\": null\n \"properties\": {}}")
        #expect(error?.path == "")
        #expect(error?.message == "invalid JSON at line 3, column 2: expected ',' or '}'")
    }

    @Test func wrongTypeInFeaturesIsNamed() {
        let error = readError(collection(pointFeature("[1,2]") + #",{"type":"Point","coordinates":[1,2]}"#))
        #expect(error?.path == "features[1].type")
        #expect(error?.message == #"expected "type": "Feature", got "Point""#)
    }

    @Test func wrongValueTypesAreDescribed() {
        #expect(readError(collection(pointFeature(#"[67,"30"]"#)))?.message == #"expected a number for latitude, got "30""#)
        #expect(readError(#"{"type":"FeatureCollection","features":{}}"#)?.message == #"expected an array for "features", got an object"#)
        #expect(readError(#"{"type":"Feature","geometry":null}"#)?.message == #"expected a "properties" member (an object or null)"#)
        #expect(readError(#"{"type":"Feature","id":true,"geometry":null,"properties":{}}"#)?.path == "id")
    }

    @Test func outOfRangeLatitudeNamesThePath() {
        let features = Array(repeating: pointFeature("[67,30]"), count: 12) + [pointFeature("[67,200]")]
        let error = readError(collection(features.joined(separator: ",")))
        #expect(error?.path == "features[12].geometry.coordinates[1]")
        #expect(error?.message == "expected a number for latitude in [-90, 90], got 200")
    }

    @Test func swappedLatitudeAndLongitudeGetAHint() {
        let error = readError(pointFeature("[24.86, 120.5]"))
        #expect(error?.path == "geometry.coordinates[1]")
        #expect(error?.message == "expected a number for latitude in [-90, 90], got 120.5; looks like [lat, lon]; GeoJSON positions are [lon, lat]")
    }

    @Test func outOfRangeLongitude() {
        #expect(readError(pointFeature("[190, 30]"))?.message == "expected a number for longitude in [-180, 180], got 190")
    }

    @Test func positionWithWrongCount() {
        #expect(readError(pointFeature("[67]"))?.message == "expected a position of 2 or 3 numbers [lon, lat(, z)], got 1")
    }

    @Test func unclosedPolygonIsRefused() {
        let error = readError(#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#)
        #expect(error?.path == "coordinates[0]")
        #expect(error?.message == "expected a closed linear ring (last position equal to the first), but it is not closed")
    }

    @Test func clockwiseExteriorIsTolerated() throws {
        let object = try GeoJSONReader.read(Array(#"{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[0,0]]]}"#.utf8))
        #expect(object == .geometry(.polygon([[[0, 0], [0, 1], [1, 1], [0, 0]]])))
    }

    @Test func unknownTypeIsRefused() {
        #expect(readError(#"{"type":"Topology"}"#)?.path == "type")
    }
}
