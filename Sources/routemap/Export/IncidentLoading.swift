import GeoEngines
import Layers
import Placement
import RouteModel

/// The map commands' incident (`--incident FILE`, `--clue`, `--text`): read, placed, and measured against the relief points.
enum IncidentLoading {
    static func load(_ path: String, route: Route, engines: WorkerEngines) throws -> IncidentLayerInput {
        try load(try IncidentOptions.read(path), from: path, route: route, engines: engines)
    }

    /// `incident` (read from `path`, when it came from a file) placed and measured.
    static func load(_ incident: Incident, from path: String?, route: Route, engines: WorkerEngines) throws -> IncidentLayerInput {
        let placement = try PlaceCommand.place(incident, route: route, engines: engines, from: path)
        let placer = try IncidentPlacer(route: route, engines: engines)
        return IncidentLayerInput(placement: placement, relief: try placer.reliefDistances(for: placement))
    }
}
