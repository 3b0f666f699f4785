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
}
