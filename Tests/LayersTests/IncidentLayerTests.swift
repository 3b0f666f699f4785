import RouteMapTestSupport
import GeoEngines
import GeoJSON
import Layers
import RouteModel
import Testing
import TextFormats

@Suite struct IncidentLayerTests {
    let route = ShippedRoute.route

    @Test func cordonsUncertaintyAndPoint() throws {
        let incident = handPlacedIncident()
        let features = try MapLayers.incident(incident, route: route, engines: WorkerEngines()).features
        #expect(features.map { $0.string("feature_type") } == ["cordon", "cordon", "cordon", "uncertainty", "incident"])
        #expect(features.prefix(3).map { $0.number("radius_km") } == [10, 5, 1])
        // Smaller cordons are more opaque.
        let opacities = features.prefix(3).compactMap { $0.number("fill-opacity") }
        #expect(opacities == opacities.sorted() && Set(opacities).count == 3)
        #expect(features.allSatisfy { ($0.string("stroke") ?? $0.string("marker-color")) == "#d32f2f" })

        let point = try #require(features[4].pointCoordinate)
        #expect(point.geoPoint == route.line.point(atChainage: 120))
        let line = try #require(features[3].lineCoordinates)
        #expect(line.first?.geoPoint == route.line.point(atChainage: 115) && line.last?.geoPoint == route.line.point(atChainage: 125))
    }

    @Test func cordonRadiusIsTrueOnTheEllipsoid() throws {
        let incident = handPlacedIncident()
        let features = try MapLayers.incident(incident, route: route, engines: WorkerEngines()).features
        for cordon in features.prefix(3) {
            let radiusM = try #require(cordon.number("radius_km")) * 1000
            let ring = try #require(cordon.polygonRings?.first)
            #expect(ring.count >= 33 && ring.first == ring.last)
            #expect(signedArea(ring) > 0)
            for vertex in ring {
                let d = Geodesic.wgs84.distance(incident.point, vertex.geoPoint)
                #expect(abs(d - radiusM) < 0.01 * radiusM, "vertex \(d) m from the centre, radius \(radiusM) m")
            }
            // The ring goes all the way round: bearings cover every quadrant.
            let bearings = ring.map { Geodesic.wgs84.inverse(incident.point, $0.geoPoint).azimuthDegrees }
            #expect(Set(bearings.map { Int($0 / 90) }) == [0, 1, 2, 3])
        }
    }
}
