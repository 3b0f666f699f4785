import RouteMapTestSupport
import GeoJSON
import Layers
import Testing
import TextFormats

@Suite struct ReliefLayerTests {
    let route = ShippedRoute.route

    @Test func reliefPointsByKind() throws {
        let features = MapLayers.relief(route).features
        #expect(features.count == route.reliefPoints.count && features.count == 39)
        #expect(features.allSatisfy { $0.pointCoordinate != nil })
        #expect(Array(features[0].properties.keys.prefix(4)) == ["id", "name", "kind", "precision"])
        let sibi = try #require(features.first { $0.string("id") == "RP-SIBI-STN" })
        #expect(sibi.string("kind") == "rail_station" && sibi.string("precision") == "station")
        #expect(sibi.pointCoordinate?.latitude == 29.5475664)
        let hospital = try #require(features.first { $0.string("kind") == "hospital" })
        #expect(hospital.string("marker-color") != sibi.string("marker-color"))
        #expect(hospital.string("marker-symbol") == "hospital")
    }
}
