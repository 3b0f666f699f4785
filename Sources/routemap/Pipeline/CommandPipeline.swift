import GeoEngines
import IncidentPipeline
import Layers
import Placement

/// The commands' way into the library's ``IncidentPipeline``: one pipeline per run over the chosen
/// route (with `--relief` points), and the pipeline's errors as the CLI's exit codes.
enum CommandPipeline {
    /// A pipeline over `--data`'s route with `--relief`'s points (when given), `--max-offset-km`'s limit
    /// for coordinates and `layerOptions`.
    static func make(route: RouteOptions, relief: ReliefOptions? = nil, offset: OffsetOptions? = nil,
                     layerOptions: LayerOptions = LayerOptions()) throws -> IncidentPipeline {
        let engines = WorkerEngines()
        let built = try route.route(engines: engines)
        let measured = try relief?.apply(to: built) ?? built
        do {
            var placement = PlacementOptions()
            if let offset { placement.offsetLimit = offset.limit }
            return try IncidentPipeline(route: measured, engines: engines, placementOptions: placement, layerOptions: layerOptions)
        } catch {
            throw CommandFailure(message: "cannot prepare the placer: \(error)", exitCode: 1)
        }
    }

    /// Where `incident`'s clues agree; "no clue gives a place" and a refused clue (a coordinate off the
    /// line) are usage errors naming `source` (the file).
    static func placement(of incident: Incident, in pipeline: IncidentPipeline, from source: String? = nil) throws -> Placement {
        do {
            return try pipeline.placement(of: incident)
        } catch let error as PlacementError {
            throw CommandFailure.usage((source.map { "\($0): " } ?? "") + "\(error)")
        } catch let error as ClueRefusedError {
            throw CommandFailure.usage((source.map { "\($0): " } ?? "") + "\(error)")
        }
    }

    /// `incident` placed and measured against the relief points, errors as for ``placement(of:in:from:)``.
    static func place(_ incident: Incident, in pipeline: IncidentPipeline, from source: String? = nil) throws -> PlacedIncident {
        try pipeline.measure(try placement(of: incident, in: pipeline, from: source))
    }

    /// Exit 3 (after the output is written) when the placement set clues aside.
    static func reportConflicts(_ placement: Placement) throws {
        guard !placement.conflicts.isEmpty else { return }
        throw CommandFailure(message: "placed with \(placement.conflicts.count) conflicting clue(s)", exitCode: 3)
    }

    /// Exit 3 (after the output is written), as `place` does, when the incident of a map command was
    /// placed with clues set aside: one stderr line with the count and every clue's reason.
    static func reportConflicts(_ incident: PlacedIncident?) throws {
        guard let conflicts = incident?.layerInput.conflicts, !conflicts.isEmpty else { return }
        throw CommandFailure(message: "placed with \(conflicts.count) conflicting clue(s): " + conflicts.joined(separator: "; "), exitCode: 3)
    }
}
