import Foundation
import GeoEngines
import Layers
import RouteModel

/// Reads, places and measures an incident file for the incident layers.
enum IncidentLoading {
    static func load(_ path: String, route: Route, engines: WorkerEngines) throws -> IncidentLayerInput {
        throw CommandFailure.usage("--incident \(path): incident placement is not available yet in this build")
    }
}
