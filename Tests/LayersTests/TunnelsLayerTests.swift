import RouteMapTestSupport
import GeoJSON
import Layers
import Testing
import TextFormats

@Suite struct TunnelsLayerTests {
    let route = ShippedRoute.route

    @Test func tunnelsFollowTheLineOverTheirInterval() throws {
        let features = MapLayers.tunnels(route).features
        #expect(features.count == 5)
        #expect(features.allSatisfy { ($0.lineCoordinates?.count ?? 0) >= 2 })
        let t8 = try #require(features.first { $0.string("id") == "T-8" })
        #expect(t8.string("number") == "8" && t8.string("certainty") == "uncertain")
        #expect(t8.number("from_chainage_km") == 101 && t8.number("to_chainage_km") == 125)
        let start = route.line.point(atChainage: 101), end = route.line.point(atChainage: 125)
        #expect(t8.lineCoordinates?.first?.geoPoint == start && t8.lineCoordinates?.last?.geoPoint == end)
        #expect(Set(features.compactMap { $0.string("certainty") }) == ["between-stations", "uncertain"])
        // None is placed exactly: each is drawn as a wide faint grey band (where it may lie), not as a
        // black tunnel line that long, with its own legend row.
        #expect(features.allSatisfy { $0.string("stroke") != "#000000" && ($0.number("stroke-width") ?? 0) >= 10 && ($0.number("stroke-opacity") ?? 1) <= 0.4 })
        #expect(t8.string("legend") == "tunnel, position uncertain (band: where it may lie)")
        #expect(t8.string("description")?.contains("the band is not its length") == true)
        #expect(features.allSatisfy { !($0.string("source") ?? "").isEmpty && !($0.string("basis") ?? "").isEmpty })
    }
}
