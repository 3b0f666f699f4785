import ArgumentParser
import Foundation
import Placement
import RouteModel

/// `--relief FILE`: the user's own relief points (a GeoJSON FeatureCollection of Points) instead of the
/// route's, for the commands that measure distances to help.
struct ReliefOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Relief points to measure against instead of the route's: a GeoJSON FeatureCollection of Points with properties name, kind (rail_station, hospital, staging_area, town), precision, role, source.", valueName: "file"))
    var relief: String?

    /// `route` with the file's relief points, or unchanged without `--relief`; a bad file is a usage
    /// error naming the file and the JSON path.
    func apply(to route: Route) throws -> Route {
        guard let relief else { return route }
        let bytes = Array(try InputFiles.data(relief, label: "--relief \(relief)"))
        do {
            return route.replacingReliefPoints(try ReliefPointsFile.parse(bytes))
        } catch {
            throw CommandFailure.usage("--relief \(relief): \(error)")
        }
    }
}
