import GeoEngines
import Layers
import Placement
import RouteModel

/// `--incident FILE` for the map commands: read, placed, and measured against the relief points.
enum IncidentLoading {
    static func load(_ path: String, route: Route, engines: WorkerEngines, offset: OffsetLimit) throws -> IncidentLayerInput {
        let incident = try IncidentOptions.read(path)
        let placement = try PlaceCommand.place(incident, route: route, engines: engines, from: path, offset: offset)
        let placer = try IncidentPlacer(route: route, engines: engines)
        return IncidentLayerInput(placement: placement, relief: try placer.reliefDistances(for: placement))
    }
}
