import Foundation
import GeoEngines
import Layers
import Placement
import RouteModel

/// Reads an incident file, places it on the route and measures the relief distances, for the incident
/// layers. Every failure is bad input (exit 2) naming the file and, for content, the JSON path.
enum IncidentLoading {
    static func load(_ path: String, route: Route, engines: WorkerEngines) throws -> IncidentLayerInput {
        let data: Data
        do {
            data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure.usage("--incident \(path): cannot read: \(ValidateCommand.reason(error))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure.usage("--incident \(path): not UTF-8 text")
        }
        let incident: Incident
        do {
            incident = try IncidentFile.parse(text, file: path)
        } catch {
            throw CommandFailure.usage("--incident \(error)")
        }
        do {
            let placer = try IncidentPlacer(route: route, engines: engines)
            let placement = try placer.place(incident)
            return IncidentLayerInput(placement: placement, relief: try placer.reliefDistances(for: placement))
        } catch let error as PlacementError {
            throw CommandFailure.usage("--incident \(path): \(error)")
        }
    }
}
