import RouteMapTestSupport
import GeoJSON
import Layers
import Testing
import TextFormats

@Suite struct ProfileLayerTests {
    let route = ShippedRoute.route

    @Test func pointsWithZWhereElevationIsKnown() throws {
        let features = MapLayers.profile(route).features
        #expect(!features.isEmpty)
        for feature in features {
            let position = try #require(feature.pointCoordinate)
            #expect(position.altitude != nil && position.altitude == feature.number("elevation_m"))
            let km = try #require(feature.number("chainage_km"))
            #expect(route.profile.elevation(atChainage: km) != nil)
        }
        let stations = features.filter { $0.string("source") == "station" }
        #expect(stations.count == route.profile.samples.count && stations.count == 11)
        let chainages = features.compactMap { $0.number("chainage_km") }
        #expect(chainages == chainages.sorted() && Set(chainages).count == chainages.count)
        // Quetta to Kolpur is known every km: 0, 1, …, 41.
        #expect((0...41).allSatisfy { km in chainages.contains(Double(km)) })
        let mach = try #require(stations.first { $0.string("station") == "Mach" })
        #expect(mach.number("elevation_m") == 989)
    }
}
