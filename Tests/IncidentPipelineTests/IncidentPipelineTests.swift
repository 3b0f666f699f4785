import Foundation
import GeoEngines
import IncidentPipeline
import Layers
import Placement
import RouteMapTestSupport
import RouteModel
import Testing

@Suite struct IncidentPipelineTests {
    func shippedIncident() throws -> Incident {
        let url = ShippedRoute.geoDataFolder.appendingPathComponent("jaffar-express/incidents/JE-2025-03-11.json")
        return try IncidentFile.parse(String(contentsOf: url, encoding: .utf8))
    }

    @Test func placingThroughThePipelineMeasuresTheSamePlacement() throws {
        let pipeline = try IncidentPipeline(route: ShippedRoute.route, engines: WorkerEngines())
        let placed = try pipeline.place(try shippedIncident())
        // The relief report is measured from the very placement the pipeline made.
        #expect(placed.relief.placement.chainageKm == placed.placement.chainageKm)
        #expect(placed.relief.entries.count == ShippedRoute.route.reliefPoints.count)
        // Nearest along the track first, as the distances layer and batch summaries expect.
        let along = placed.relief.entries.map(\.alongTrackKm)
        #expect(along == along.sorted())
        // The layer input is the placement's own best point and interval.
        #expect(placed.layerInput.point == placed.placement.position.point)
        #expect(placed.layerInput.interval == placed.placement.interval)
    }

    @Test func incidentLayersNeedAPlacedIncidentAndUseTheLayerOptions() throws {
        let pipeline = try IncidentPipeline(route: ShippedRoute.route, engines: WorkerEngines(),
                                            layerOptions: LayerOptions(kmMarkerIntervalKm: 100))
        #expect(throws: LayerError.needsIncident(.incident)) { try pipeline.layers([.incident], incident: nil) }
        let markers = try pipeline.layers([.kmMarkers], incident: nil)[0].collection.features.count
        #expect(markers == Int(ShippedRoute.route.lengthKm / 100) + 1)
        let placed = try pipeline.place(try shippedIncident())
        let layers = try pipeline.layers([.incident, .distances], incident: placed)
        #expect(layers.map(\.name) == [.incident, .distances])
        #expect(layers[1].collection.features.count == ShippedRoute.route.reliefPoints.count)
    }

    @Test func aRepeatedPlaceReusesItsMeasurementButKeepsItsOwnIncident() throws {
        let pipeline = try IncidentPipeline(route: ShippedRoute.route, engines: WorkerEngines())
        let first = try pipeline.place(Incident(id: "a", clues: [Clue(commandLine: "tunnel=8")]))
        let second = try pipeline.place(Incident(id: "b", clues: [Clue(commandLine: "tunnel=8")]))
        #expect(second.placement.incident.id == "b" && second.relief.placement.incident.id == "b")
        #expect(second.relief.entries.map(\.distanceM) == first.relief.entries.map(\.distanceM))
    }
}
