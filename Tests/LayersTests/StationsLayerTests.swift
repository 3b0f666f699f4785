import RouteMapTestSupport
import GeoJSON
import Layers
import Testing
import TextFormats

@Suite struct StationsLayerTests {
    let route = ShippedRoute.route

    @Test func everyStationIsAPointWithItsFigures() throws {
        let features = MapLayers.stations(route).features
        #expect(features.count == 168)
        #expect(features.allSatisfy { $0.pointCoordinate != nil })
        #expect(Array(features[0].properties.keys.prefix(9)) ==
                ["seq", "name", "aliases", "line", "km_post", "chainage_km", "elevation_m", "stop", "position_source"])
        let sibi = try #require(features.first { $0.string("name") == "Sibi" })
        #expect(sibi.number("chainage_km") == 141 && sibi.number("km_post") == 243 && sibi.string("line") == "ML-3")
        #expect(abs(sibi.pointCoordinate!.longitude - 67.8697687) < 1e-9)
        #expect(features.filter { $0.number("elevation_m") != nil }.count == 11)
        #expect(features.filter { $0.properties["elevation_m"] == .null }.count == 157)
        #expect(features.filter { $0.string("position_source") == "estimated" }.count == 13)
        #expect(features.allSatisfy { $0.string("marker-symbol") == "rail" })
        #expect(features.map(\.id) == route.stations.map { .number(Double($0.seq)) })
    }
}
