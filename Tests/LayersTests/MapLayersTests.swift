import RouteMapTestSupport
import GeoEngines
import GeoJSON
@testable import Layers
import RouteModel
import Testing
import TextFormats

@Suite struct MapLayersTests {
    let route = ShippedRoute.route

    @Test func everyLayerIsValidStyledAndHasAStableSchema() throws {
        let layers = try MapLayers.build(LayerName.allCases, route: route, incident: handPlacedIncident(), engines: WorkerEngines())
        #expect(layers.map(\.name) == LayerName.allCases)
        for layer in layers {
            #expect(!layer.collection.features.isEmpty, "\(layer.name)")
            #expect(layer.collection.foreignMembers["name"] == .string(layer.name.rawValue))
            #expect(try validationProblems(layer.collection) == [], "\(layer.name)")
            // Data properties come first in the same order on every feature with the same geometry
            // type, then the style keys for that geometry.
            var schemas: [String: [String]] = [:]
            for feature in layer.collection.features {
                let keys = feature.properties.keys
                let style = expectedStyleKeys(for: feature.geometry)
                #expect(Array(keys.suffix(style.count)) == style, "\(layer.name) \(keys)")
                let data = Array(keys.dropLast(style.count))
                #expect(data.allSatisfy { $0 == $0.lowercased() && !$0.contains("-") }, "\(layer.name): \(data) not snake_case")
                let type = feature.geometry?.typeName ?? "null"
                if let known = schemas[type] { #expect(known == data, "\(layer.name)") } else { schemas[type] = data }
                #expect(!(feature.string("title") ?? "").isEmpty && !(feature.string("description") ?? "").isEmpty)
            }
            // Mixed layers (terrain, incident) share one schema across geometry types too.
            #expect(Set(schemas.values).count == 1, "\(layer.name): \(schemas)")
        }
    }

    @Test func incidentLayersNeedAnIncident() {
        #expect(throws: LayerError.needsIncident(.distances)) {
            try MapLayers.build([.route, .distances], route: route, engines: WorkerEngines())
        }
    }

    @Test func ringsAreClosedAndCounterClockwiseWhateverTheInputOrder() {
        let square = [GeoPoint(lon: 0, lat: 0), GeoPoint(lon: 0, lat: 1), GeoPoint(lon: 1, lat: 1), GeoPoint(lon: 1, lat: 0)]
        let hole = [GeoPoint(lon: 0.2, lat: 0.2), GeoPoint(lon: 0.8, lat: 0.2), GeoPoint(lon: 0.8, lat: 0.8), GeoPoint(lon: 0.2, lat: 0.8)]
        guard case .polygon(let rings) = LayerGeometry.polygon([square, hole]) else { Issue.record("not a polygon"); return }
        #expect(rings.allSatisfy { $0.first == $0.last && $0.count == 5 })
        #expect(signedArea(rings[0]) > 0 && signedArea(rings[1]) < 0)
    }
}
