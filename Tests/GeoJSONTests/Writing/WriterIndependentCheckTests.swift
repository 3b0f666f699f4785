import Foundation
import GeoJSON
import Testing

/// Checks the writer against Foundation's parser and this module's validator.
@Suite struct WriterIndependentCheckTests {
    let features: [Feature] = [
        Feature(id: "quetta", geometry: .point([66.9937, 30.1956, 1680]),
                properties: ["name": "Quetta", "chainage_km": 0, "note": "line 1\nline \"2\"", "tags": ["terminus", 1.5, nil]]),
        Feature(id: 7, geometry: .lineString([[66.9937, 30.1956], [67.6, 29.55], [68.0, 28.9]]),
                properties: ["speed_kmh": 65.5, "electrified": false]),
        Feature(geometry: .multiPolygon([[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]]), properties: ["area": ["unit": "deg²"]]),
        Feature(geometry: .geometryCollection([.point([67, 30]), .multiPoint([[67.1, 30.1], [67.2, 30.2]])])),
        Feature(geometry: nil),
    ]

    @Test(arguments: [false, true])
    func foundationParsesTheSameValues(pretty: Bool) throws {
        let text = try written(features, framing: .featureCollection, options: GeoJSONWriteOptions(writeBBox: true, pretty: pretty))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let parsed = try #require(root["features"] as? [[String: Any]])
        #expect(parsed.count == features.count)
        #expect(parsed[0]["id"] as? String == "quetta")
        #expect(parsed[1]["id"] as? Double == 7)
        let quetta = try #require(parsed[0]["properties"] as? [String: Any])
        #expect(quetta["note"] as? String == "line 1\nline \"2\"")
        #expect((quetta["tags"] as? [Any])?.count == 3)
        #expect((parsed[0]["geometry"] as? [String: Any])?["coordinates"] as? [Double] == [66.9937, 30.1956, 1680])
        let line = try #require((parsed[1]["geometry"] as? [String: Any])?["coordinates"] as? [[Double]])
        #expect(line == [[66.9937, 30.1956], [67.6, 29.55], [68.0, 28.9]])
        #expect(parsed[1]["bbox"] as? [Double] == [66.9937, 28.9, 68.0, 30.1956])
        #expect((parsed[1]["properties"] as? [String: Any])?["speed_kmh"] as? Double == 65.5)
        #expect(parsed[4]["geometry"] is NSNull)
        #expect(root["bbox"] as? [Double] == [0, 0, 68.0, 30.2])
    }

    @Test(arguments: [GeoJSONFraming.featureCollection, .textSequence, .newlineDelimited])
    func validatorFindsNoProblems(framing: GeoJSONFraming) throws {
        let text = try written(features, framing: framing, options: GeoJSONWriteOptions(writeBBox: true))
        #expect(GeoJSONValidator.validate(Array(text.utf8)) == [])
    }

    @Test func readerReadsBackWhatWasWritten() throws {
        let text = try written(features, framing: .featureCollection)
        let read = try GeoJSONReader.read(Array(text.utf8))
        #expect(read == .featureCollection(FeatureCollection(features: features)))
    }
}
