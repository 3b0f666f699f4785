import Foundation
import GeoJSON
import Testing
import TextFormats
import FileOutput

@Suite struct GeoJSONStreamWriterTests {
    let sibi = Feature(id: "sibi", geometry: .point([67.8765432, 29.5]),
                       properties: ["name": "Sibi", "chainage_km": 141.0, "stop": true])

    @Test func pointFeatureInACollection() throws {
        let text = try written([sibi], framing: .featureCollection)
        #expect(text == #"{"type":"FeatureCollection","features":[{"type":"Feature","id":"sibi","geometry":{"type":"Point","coordinates":[67.876543,29.5]},"properties":{"name":"Sibi","chainage_km":141,"stop":true}}]}"# + "\n")
    }

    @Test func lineStringWithNumericIDAndAltitude() throws {
        let line = Feature(id: 42, geometry: .lineString([[67, 30, 120.25], [68.5, 29.25]]))
        #expect(try written([line]) == #"{"type":"Feature","id":42,"geometry":{"type":"LineString","coordinates":[[67,30,120.25],[68.5,29.25]]},"properties":{}}"# + "\n")
    }

    @Test func altitudeLeftOutWhenIncludeZIsOff() throws {
        let line = Feature(geometry: .lineString([[67, 30, 120], [68, 29, 130]]))
        let text = try written([line], options: GeoJSONWriteOptions(includeZ: false))
        #expect(text.contains(#""coordinates":[[67,30],[68,29]]"#))
    }

    @Test func polygonRingsAreRewoundToRFC7946Orientation() throws {
        let clockwiseExterior: [Position] = [[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]
        let counterClockwiseHole: [Position] = [[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]]
        let polygon = Feature(geometry: .polygon([clockwiseExterior, counterClockwiseHole]))
        #expect(try written([polygon]) == #"{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[2,4],[4,4],[4,2],[2,2]]]},"properties":{}}"# + "\n")
    }

    @Test func correctlyWoundPolygonIsKept() throws {
        let exterior: [Position] = [[0, 0], [10, 0], [10, 10], [0, 0]]
        let text = try written([Feature(geometry: .polygon([exterior]))])
        #expect(text.contains(#"[[[0,0],[10,0],[10,10],[0,0]]]"#))
    }

    @Test func featureBoundingBoxComesBeforeGeometry() throws {
        let line = Feature(geometry: .lineString([[67, 30], [68.5, 29], [66, 31]]))
        let text = try written([line], options: GeoJSONWriteOptions(writeBBox: true))
        #expect(text == #"{"type":"Feature","bbox":[66,29,68.5,31],"geometry":{"type":"LineString","coordinates":[[67,30],[68.5,29],[66,31]]},"properties":{}}"# + "\n")
    }

    @Test func threeDimensionalBoundingBoxWhenEveryPositionHasAltitude() throws {
        let line = Feature(geometry: .lineString([[67, 30, 500], [68, 29, 1700]]))
        let text = try written([line], options: GeoJSONWriteOptions(writeBBox: true))
        #expect(text.contains(#""bbox":[67,29,500,68,30,1700]"#))
    }

    @Test func streamedCollectionBoundingBoxFollowsFeatures() throws {
        let features = [Feature(geometry: .point([67, 30])), Feature(geometry: .point([69, 25])), Feature(geometry: nil)]
        let text = try written(features, framing: .featureCollection, options: GeoJSONWriteOptions(writeBBox: true))
        #expect(text.hasSuffix(#"],"bbox":[67,25,69,30]}"# + "\n"))
        #expect(text.contains(#"{"type":"Feature","geometry":null,"properties":{}}"#))
    }

    @Test func wholeCollectionBoundingBoxAndForeignMembersComeBeforeFeatures() throws {
        let collection = FeatureCollection(features: [Feature(geometry: .point([67, 30])), Feature(geometry: .point([69, 25]))],
                                           foreignMembers: ["route": "Jaffar Express"])
        let sink = InMemorySink()
        try GeoJSONStreamWriter.write(collection, to: sink, options: GeoJSONWriteOptions(writeBBox: true, foreignMembers: ["layer": "stations"]))
        #expect(sink.text.hasPrefix(#"{"type":"FeatureCollection","bbox":[67,25,69,30],"layer":"stations","route":"Jaffar Express","features":["#))
    }

    @Test func emptyCollection() throws {
        #expect(try written([], framing: .featureCollection) == #"{"type":"FeatureCollection","features":[]}"# + "\n")
    }

    @Test func featureForeignMembersFollowProperties() throws {
        let feature = Feature(geometry: nil, properties: ["a": 1], foreignMembers: ["source": "PR timetable 2024"])
        #expect(try written([feature]) == #"{"type":"Feature","geometry":null,"properties":{"a":1},"source":"PR timetable 2024"}"# + "\n")
    }

    @Test(arguments: ["type", "geometry", "properties", "bbox", "id", "coordinates", "features", "crs"])
    func reservedForeignMemberNamesAreRefused(name: String) {
        let feature = Feature(geometry: nil, foreignMembers: [name: "x"])
        let error = writeError { _ = try written([feature]) }
        #expect(error?.reason == .reservedMemberName)
        #expect(error?.featureIndex == 0)
        #expect(error?.message.contains("\"\(name)\" is reserved") == true)
    }

    @Test func reservedCollectionForeignMemberIsRefusedAtCreation() {
        let error = writeError {
            _ = try GeoJSONStreamWriter(sink: InMemorySink(), options: GeoJSONWriteOptions(foreignMembers: ["features": []]))
        }
        #expect(error?.reason == .reservedMemberName)
    }

    @Test func nonFiniteCoordinateIsRefusedNamingFeatureAndPath() throws {
        let bad = Feature(id: "x", geometry: .lineString([[67, 30], [.nan, 31]]))
        let sink = InMemorySink()
        let writer = try GeoJSONStreamWriter(sink: sink)
        try writer.write(sibi)
        try writer.write(sibi)
        let error = writeError { try writer.write(bad) }
        #expect(error?.reason == .nonFiniteNumber)
        #expect(error?.featureIndex == 2)
        #expect(error?.featureID == "x")
        #expect(error?.path == "features[2].geometry.coordinates[1][0]")
        #expect(error?.description.hasPrefix(#"feature 2 (id "x") at features[2].geometry.coordinates[1][0]: expected a finite number"#) == true)
    }

    @Test func nonFinitePropertyIsRefusedNamingTheMember() {
        let bad = Feature(geometry: nil, properties: ["speeds": [80, .number(.infinity)]])
        let error = writeError { _ = try written([bad], framing: .featureCollection) }
        #expect(error?.reason == .nonFiniteNumber)
        #expect(error?.path == "features[0].properties.speeds[1]")
    }

    @Test func outOfRangeLatitudeIsRefused() {
        let bad = Feature(geometry: .point([67, 95]))
        let error = writeError { _ = try written([bad]) }
        #expect(error?.reason == .coordinateOutOfRange)
        #expect(error?.path == "record[0].geometry.coordinates[1]")
    }

    @Test func outOfRangeLongitudeIsRefused() {
        let error = writeError { _ = try written([Feature(geometry: .point([180.5, 30]))]) }
        #expect(error?.reason == .coordinateOutOfRange)
        #expect(error?.path == "record[0].geometry.coordinates[0]")
    }

    @Test func unclosedRingIsRefused() {
        let ring: [Position] = [[0, 0], [10, 0], [10, 10], [0, 10]]
        let error = writeError { _ = try written([Feature(geometry: .multiPolygon([[ring]]))], framing: .featureCollection) }
        #expect(error?.reason == .ringNotClosed)
        #expect(error?.path == "features[0].geometry.coordinates[0][0]")
    }

    @Test func ringWithTooFewPositionsIsRefused() {
        let error = writeError { _ = try written([Feature(geometry: .polygon([[[0, 0], [1, 1], [0, 0]]]))]) }
        #expect(error?.reason == .tooFewPositions)
    }

    @Test func singlePositionLineStringIsRefused() {
        let error = writeError { _ = try written([Feature(geometry: .lineString([[0, 0]]))]) }
        #expect(error?.reason == .tooFewPositions)
    }

    @Test func refusedFeatureLeavesNoPartialOutput() throws {
        let sink = InMemorySink()
        let writer = try GeoJSONStreamWriter(sink: sink)
        try writer.write(sibi)
        #expect(throws: GeoJSONWriteError.self) { try writer.write(Feature(geometry: .point([.infinity, 0]))) }
        try writer.write(Feature(geometry: .point([1, 2])))
        try writer.finish()
        let parsed = try JSONSerialization.jsonObject(with: Data(sink.bytes)) as? [String: Any]
        #expect((parsed?["features"] as? [Any])?.count == 2)
        #expect(writer.featureCount == 2)
    }

    @Test(arguments: [-1, 16])
    func precisionOutsideZeroToFifteenIsRefused(precision: Int) {
        let error = writeError { _ = try GeoJSONStreamWriter(sink: InMemorySink(), options: GeoJSONWriteOptions(precision: precision)) }
        #expect(error?.reason == .invalidOptions)
    }

    @Test func prettyNewlineDelimitedIsRefused() {
        let error = writeError {
            _ = try GeoJSONStreamWriter(sink: InMemorySink(), framing: .newlineDelimited, options: GeoJSONWriteOptions(pretty: true))
        }
        #expect(error?.reason == .invalidOptions)
    }

    @Test func writingAfterFinishIsRefused() throws {
        let writer = try GeoJSONStreamWriter(sink: InMemorySink())
        try writer.finish()
        #expect(writeError { try writer.write(sibi) }?.reason == .writerFinished)
    }

    @Test func prettyOutputIndentsByTwoSpacesAndKeepsPositionsOnOneLine() throws {
        let feature = Feature(geometry: .point([67, 30]), properties: ["name": "Sibi"])
        let expected = """
        {
          "type": "FeatureCollection",
          "features": [
            {
              "type": "Feature",
              "geometry": {
                "type": "Point",
                "coordinates": [67, 30]
              },
              "properties": {
                "name": "Sibi"
              }
            },
            {
              "type": "Feature",
              "geometry": null,
              "properties": {}
            }
          ]
        }

        """
        #expect(try written([feature, Feature(geometry: nil)], framing: .featureCollection, options: GeoJSONWriteOptions(pretty: true)) == expected)
    }

    @Test func compactOutputHasNoWhitespace() throws {
        let text = try written([sibi], framing: .featureCollection)
        #expect(!text.dropLast().contains(" ") || text.contains("\"Sibi\""))
        #expect(!text.dropLast().contains("\n"))
    }

    @Test func textSequenceFramesEachFeatureWithRecordSeparatorAndLineFeed() throws {
        let bytes = Array(try written([sibi, sibi], framing: .textSequence).utf8)
        let records = bytes.split(separator: 0x1E, omittingEmptySubsequences: false)
        #expect(bytes.first == 0x1E)
        #expect(records.count == 3)
        #expect(records.dropFirst().allSatisfy { $0.last == 0x0A && $0.filter { $0 == 0x0A }.count == 1 })
    }

    @Test func newlineDelimitedWritesOneFeaturePerLine() throws {
        let text = try written([sibi, sibi, sibi])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4)
        #expect(lines.last == "")
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix(#"{"type":"Feature""#) && $0.hasSuffix("}") })
    }
}
