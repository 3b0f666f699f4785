import Foundation
import GeoJSON
import LayerFiles
import Layers
import Testing

@Suite struct GeoJSONLayerEncoderTests {
    let stations = NamedLayer(name: .stations, collection: FeatureCollection(
        features: [Feature(geometry: .point([67.0008, 30.1916]), properties: ["name": "Quetta"])],
        foreignMembers: MapLayers.members(named: "stations")))
    let route = NamedLayer(name: .route, collection: FeatureCollection(
        features: [Feature(geometry: .lineString([[67, 30], [67.5, 29.5]]), properties: ["line": "ML-3"])],
        foreignMembers: MapLayers.members(named: "route")))

    func object(_ bytes: [UInt8]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test func oneLayerKeepsItsNameAndAttribution() throws {
        let root = try object(try GeoJSONLayerEncoder.encode([stations], tagged: false, options: LayerWriteOptions()))
        #expect(root["name"] as? String == "stations")
        #expect((root["attribution"] as? String)?.contains("OpenStreetMap") == true)
        let properties = (root["features"] as? [[String: Any]])?.first?["properties"] as? [String: Any]
        #expect(properties?["layer"] == nil && properties?["name"] as? String == "Quetta")
    }

    @Test func combinedLayersAreTaggedFirstAndNamedRoutemap() throws {
        let bytes = try GeoJSONLayerEncoder.encode([route, stations], tagged: true, options: LayerWriteOptions(precision: 1))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#"{"layer":"route","line":"ML-3"}"#))
        #expect(text.contains(#"{"layer":"stations","name":"Quetta"}"#))
        #expect(text.contains("[67,30.2]"), "precision 1 rounds the station: \(text)")
        #expect(try object(bytes)["name"] as? String == "routemap")
    }

    @Test func sequencesAreRecordsWithoutCollectionMembers() throws {
        let bytes = try GeoJSONLayerEncoder.encode([route, stations], tagged: true, options: LayerWriteOptions(format: .geojsonseq))
        let records = bytes.split(separator: 0x1E)
        #expect(bytes.first == 0x1E && records.count == 2)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("attribution"))
    }
}
