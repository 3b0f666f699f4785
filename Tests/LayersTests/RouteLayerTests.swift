import RouteMapTestSupport
import GeoEngines
import GeoJSON
import Layers
import RouteModel
import Testing
import TextFormats

@Suite struct RouteLayerTests {
    let route = ShippedRoute.route

    @Test func oneLineStringPerLegWithLinesAndLengths() throws {
        let features = MapLayers.route(route).features
        #expect(features.count == 4)
        #expect(features.map { $0.string("line") } == ["ML-3", "ML-1", "LMK", "ML-1"])
        #expect(features.allSatisfy { $0.lineCoordinates != nil })
        // Post lengths: 384 + 366 + 136 + 749 = 1635 km.
        #expect(features.compactMap { $0.number("post_length_km") } == [384, 366, 136, 749])
        let first = try #require(features[0].lineCoordinates?.first)
        let quetta = try #require(route.station(named: "Quetta"))
        #expect(first.longitude == quetta.position.lon && first.latitude == quetta.position.lat)
        // Legs meet: each one ends where the next begins.
        for (a, b) in zip(features, features.dropFirst()) {
            #expect(a.lineCoordinates?.last == b.lineCoordinates?.first)
            #expect(a.number("to_chainage_km") == b.number("from_chainage_km"))
        }
        // The drawn line, station to station, is shorter than the posts but not absurdly so.
        for feature in features {
            let model = try #require(feature.number("model_length_km")), posts = try #require(feature.number("post_length_km"))
            let measured = zip(feature.lineCoordinates!, feature.lineCoordinates!.dropFirst())
                .reduce(0) { $0 + Geodesic.wgs84.distance($1.0.geoPoint, $1.1.geoPoint) } / 1000
            #expect(abs(model - measured) < 0.001)
            #expect(model > 0.8 * posts && model < 1.05 * posts, "\(feature.string("line") ?? "")")
        }
        #expect(features.allSatisfy { $0.lineCoordinates!.allSatisfy { $0.altitude == nil } })
    }

    @Test func linesAreStyledDistinctly() {
        let features = MapLayers.route(route).features
        let colours = Dictionary(features.map { ($0.string("line")!, $0.string("stroke")!) }, uniquingKeysWith: { a, _ in a })
        #expect(colours["ML-3"] == "#333333")
        #expect(Set(colours.values).count == 3)
    }

    @Test func elevationSplitsLegsIntoKnownAndUnknownStretches() throws {
        let features = MapLayers.route(route, elevation: true).features
        #expect(features.count > 4)
        let known = features.filter { $0.properties["elevation_known"] == .bool(true) }
        #expect(!known.isEmpty)
        for feature in features {
            let coordinates = try #require(feature.lineCoordinates)
            let isKnown = feature.properties["elevation_known"] == .bool(true)
            #expect(coordinates.allSatisfy { ($0.altitude != nil) == isKnown })
        }
        // Quetta 1676 m starts the first known stretch; Kolpur (1790 m) is on it.
        #expect(known[0].lineCoordinates?.first?.altitude == 1676)
        #expect(known[0].lineCoordinates!.contains { $0.altitude == 1790 })
        // Pieces are contiguous and cover the whole route.
        for (a, b) in zip(features, features.dropFirst()) { #expect(a.number("to_chainage_km") == b.number("from_chainage_km")) }
        #expect(features.last?.number("to_chainage_km") == route.lengthKm)
    }
}
