import RouteMapTestSupport
import GeoJSON
import Layers
import Testing
import TextFormats

@Suite struct KmMarkersLayerTests {
    let route = ShippedRoute.route

    @Test func aMarkerEveryTenKilometres() throws {
        let features = try MapLayers.kmMarkers(route)
        #expect(features.features.count == 164)
        #expect(features.features.first?.number("chainage_km") == 0 && features.features.last?.number("chainage_km") == 1630)
        let km120 = try #require(features.features.first { $0.number("chainage_km") == 120 })
        #expect(km120.string("line") == "ML-3" && km120.number("km_post") == 264)
        let point = route.line.point(atChainage: 120)
        #expect(km120.pointCoordinate?.longitude == point.lon && km120.pointCoordinate?.latitude == point.lat)
        // Chainage 390 is on ML-1, 6 km past Rohri (post 481): post 487.
        let km390 = try #require(features.features.first { $0.number("chainage_km") == 390 })
        #expect(km390.string("line") == "ML-1" && km390.number("km_post") == 487)
    }

    @Test func otherIntervals() throws {
        #expect(try MapLayers.kmMarkers(route, everyKm: 50).features.count == 33)
        #expect(try MapLayers.kmMarkers(route, everyKm: 1635).features.count == 2)
        #expect(throws: LayerError.invalidMarkerInterval(0)) { try MapLayers.kmMarkers(route, everyKm: 0) }
    }
}
