import GeoEngines
import GeoJSON
import Layers
import Testing
import TextFormats

@Suite struct DistancesLayerTests {
    @Test func geodesicLinesFromTheIncidentToEachReliefPoint() throws {
        let incident = handPlacedIncident()
        let features = MapLayers.distances(incident).features
        #expect(features.count == incident.relief.count && features.count == 39)
        for feature in features {
            let line = try #require(feature.lineCoordinates)
            let relief = try #require(incident.relief.first { $0.point.id == feature.string("relief_id") })
            #expect(line.first?.geoPoint == incident.point && line.last?.geoPoint == relief.point.position)
            let spacings = zip(line, line.dropFirst()).map { Geodesic.wgs84.distance($0.geoPoint, $1.geoPoint) }
            // A vertex every 5 km, at most 64 pieces: beyond 320 km the pieces are distance / 64.
            #expect(spacings.allSatisfy { $0 <= max(5_000, relief.distanceM / 64) + 0.001 }, "\(spacings.max() ?? 0)")
            let total = spacings.reduce(0, +)
            #expect(abs(total - relief.distanceM) < 0.01, "the pieces add up to the geodesic")
            #expect(abs((feature.number("distance_km") ?? 0) - relief.distanceM / 1000) < 0.0006)
            #expect(feature.number("azimuth_deg") != nil && feature.properties.keys.contains("rail_eta_min"))
            // Vertices lie on the geodesic: the inverse from the start to each keeps the same azimuth.
            let azimuth = Geodesic.wgs84.inverse(incident.point, relief.point.position).initialAzimuth
            for vertex in line.dropFirst().dropLast() {
                #expect(abs(Geodesic.wgs84.inverse(incident.point, vertex.geoPoint).initialAzimuth - azimuth) < 1e-6)
            }
        }
        // Quetta is ~95 km away: at least 19 segments.
        let quetta = try #require(features.first { $0.string("relief_id") == "RP-QUETTA-STN" })
        #expect((quetta.lineCoordinates?.count ?? 0) >= 20)
        // Far away, the spacing grows so that a line has at most 64 pieces.
        let far = MapLayers.distances(incident, maxSpacingM: 500).features
        #expect(far.allSatisfy { ($0.lineCoordinates?.count ?? 0) <= 65 })
        #expect(far.contains { ($0.lineCoordinates?.count ?? 0) == 65 })
    }
}
