import GeoEngines
import Layers
import Placement
import RouteModel

/// The map commands' incident (`--incident FILE`, `--clue`, `--text`): read, placed, and measured against the relief points.
enum IncidentLoading {
    /// A placed incident and what the layers need from it.
    struct Loaded {
        var placement: Placement
        var layers: IncidentLayerInput
    }

    static func load(_ path: String, route: Route, engines: WorkerEngines, offset: OffsetLimit) throws -> IncidentLayerInput {
        try place(try IncidentOptions.read(path), route: route, engines: engines, from: path, offset: offset).layers
    }

    /// Places `incident` (a usage error naming `path` when no clue gives a place, or a clue is refused)
    /// and measures the relief points.
    static func place(_ incident: Incident, route: Route, engines: WorkerEngines, from path: String?,
                      offset: OffsetLimit = OffsetLimit()) throws -> Loaded {
        let placement = try PlaceCommand.place(incident, route: route, engines: engines, from: path, offset: offset)
        let placer = try IncidentPlacer(route: route, engines: engines)
        return Loaded(placement: placement, layers: IncidentLayerInput(placement: placement, relief: try placer.reliefDistances(for: placement)))
    }

    /// Exit 3 (after the output is written), as `place` does, when the placement set clues aside: one
    /// stderr line with the count and every clue's reason.
    static func reportConflicts(_ incident: IncidentLayerInput?) throws {
        guard let incident, !incident.conflicts.isEmpty else { return }
        throw CommandFailure(message: "placed with \(incident.conflicts.count) conflicting clue(s): " + incident.conflicts.joined(separator: "; "),
                             exitCode: 3)
    }
}
