import GeoEngines
import Layers
import Placement
import RouteModel

/// The one path from an incident to its outputs, owned by one worker: its engines, one placer built
/// once, the relief points it measures against (the route's, or the user's), and the layer choices.
/// `place`, `distances`, `export`, `render`, `map` and every `batch` worker go through it; the writer
/// choices travel beside it as one ``LayerWriteOptions`` value.
///
/// Not `Sendable`: the engines it holds must stay on the worker that made them.
public final class IncidentPipeline {
    /// The route incidents are placed on (with the relief points distances are measured to).
    public let route: Route
    /// This worker's GEOS and PROJ contexts.
    public let engines: WorkerEngines
    /// The one placer of this pipeline.
    public let placer: IncidentPlacer
    /// How the map layers are built.
    public let layerOptions: LayerOptions
    private var reliefCache = ReliefCache()

    /// A pipeline over `route` with `engines` (which must stay on this worker), reading clues with
    /// `placementOptions` (e.g. the off-route limit for coordinates).
    /// - Throws: GEOS/PROJ errors while preparing the placer.
    public init(route: Route, engines: WorkerEngines, placementOptions: PlacementOptions = PlacementOptions(),
                layerOptions: LayerOptions = LayerOptions()) throws {
        self.route = route
        self.engines = engines
        self.layerOptions = layerOptions
        placer = try IncidentPlacer(route: route, engines: engines, options: placementOptions)
    }

    /// Where the incident's clues agree.
    /// - Throws: `PlacementError` when no clue gives a place on the route, `ClueRefusedError` for a
    ///   coordinate beyond the off-route limit; GEOS/PROJ errors.
    public func placement(of incident: Incident) throws -> Placement {
        try placer.place(incident)
    }

    /// The placement measured against the relief points. Repeated places (same chainage and interval)
    /// reuse their measurement.
    public func measure(_ placement: Placement) throws -> PlacedIncident {
        PlacedIncident(relief: try reliefCache.report(for: placement) { try placer.reliefDistances(for: $0) })
    }

    /// Places `incident` and measures it.
    /// - Throws: `PlacementError` when no clue gives a place on the route; GEOS/PROJ errors.
    public func place(_ incident: Incident) throws -> PlacedIncident {
        try measure(try placement(of: incident))
    }

    /// The layers `names`, in that order, for the route and (for the incident layers) `incident`.
    /// - Throws: `LayerError.needsIncident` when an incident layer is asked for without one; GEOS/PROJ errors.
    public func layers(_ names: [LayerName], incident: PlacedIncident?) throws -> [NamedLayer] {
        try MapLayers.build(names, route: route, incident: incident?.layerInput, options: layerOptions, engines: engines)
    }
}
