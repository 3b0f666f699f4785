import RouteMapTestSupport
import GeoEngines
import GeoJSON
import Layers
import Placement
import RouteModel
import ShippedGeoData
import Testing
import TextFormats

@Suite struct IncidentLayerInputTests {
    @Test func theShippedHijackingMapsFromItsPlacement() throws {
        let route = ShippedRoute.route
        let engines = WorkerEngines()
        let text = try #require(ShippedGeoData.routes[ShippedGeoData.defaultRoute]?["incidents/JE-2025-03-11.json"])
        let placer = try IncidentPlacer(route: route, engines: engines)
        let placement = try placer.place(try IncidentFile.parse(text))
        let input = IncidentLayerInput(placement: placement, relief: try placer.reliefDistances(for: placement))
        #expect(input.id == "JE-2025-03-11" && input.interval == placement.interval)
        // README (incidents): the clues agree on chainage 115–125 km.
        #expect(abs(input.interval.lowerBound - 115) <= 0.5 && abs(input.interval.upperBound - 125) <= 0.5)
        #expect(input.point == route.line.point(atChainage: placement.chainageKm))

        let layers = try MapLayers.build([.incident, .distances], route: route, incident: input, engines: engines)
        let incident = layers[0].collection.features, distances = layers[1].collection.features
        #expect(incident.count == 5 && distances.count == route.reliefPoints.count)
        #expect(incident.last?.string("incident_title")?.contains("Tunnel No. 8") == true)
        // Nearest along the track first, with ETAs from the placement.
        let along = distances.compactMap { $0.number("along_track_km") }
        #expect(along == along.sorted())
        #expect(distances.contains { $0.number("rail_eta_min") != nil } && distances.allSatisfy { $0.number("air_eta_min") != nil })
        for layer in layers { #expect(try validationProblems(layer.collection) == []) }
    }

    /// The coordinate a reporter gave is drawn where they gave it (not only its snap to the line), and
    /// the clues set aside travel with the layer.
    @Test func reportedPointsAndConflictsAreInTheIncidentLayer() throws {
        let route = ShippedRoute.route
        let engines = WorkerEngines()
        let placer = try IncidentPlacer(route: route, engines: engines)
        let given = GeoPoint(lon: 67.70, lat: 29.60)
        let incident = Incident(id: "T", clues: [Clue(.at(lon: given.lon, lat: given.lat, accuracyM: 300)), Clue(.tunnel("8")),
                                                 Clue(.near(place: "Sibi", withinKm: 2))])
        let placement = try placer.place(incident)
        let input = IncidentLayerInput(placement: placement, relief: try placer.reliefDistances(for: placement))
        #expect(input.reportedPoints.map(\.clue) == [0] && input.reportedPoints[0].point == given && input.reportedPoints[0].used)
        #expect(input.conflicts.count == 1 && input.conflicts[0].hasPrefix("clue 2 (") && input.conflicts[0].contains("Sibi"))

        let features = try MapLayers.incident(input, route: route, engines: engines).features
        let reported = try #require(features.first { $0.string("feature_type") == "reported_point" })
        #expect(reported.pointCoordinate?.geoPoint == given)
        #expect(reported.number("clue") == 0 && reported.number("accuracy_m") == 300 && reported.properties["used"] == .bool(true))
        // The snapped point is elsewhere: the given coordinate is off the drawn line.
        let offset = try #require(reported.number("offset_m"))
        #expect(offset > 0 && reported.pointCoordinate?.geoPoint != input.point)
        #expect(features.allSatisfy { $0.string("conflicts") == input.conflicts[0] })
        #expect(try validationProblems(FeatureCollection(features: features)) == [])
    }

    @Test func distanceLinesCarryTheCommandsETANames() throws {
        let features = MapLayers.distances(handPlacedIncidentWithETAs()).features
        #expect(features.allSatisfy { $0.properties["eta_rail_min"] == $0.properties["rail_eta_min"] && $0.properties["eta_air_min"] == $0.properties["air_eta_min"] })
        #expect(features.contains { $0.number("eta_rail_min") == 42 })
    }

    private func handPlacedIncidentWithETAs() -> IncidentLayerInput {
        var input = handPlacedIncident()
        input.relief[0].railMinutes = 42
        input.relief[0].airMinutes = 11
        return input
    }
}
