import ArgumentParser
import GeoEngines
import RouteModel
import ShippedGeoData

/// `--data DIR`: which route to load (default: the shipped Jaffar Express GeoData, embedded in the binary).
struct RouteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A GeoData route folder (format: GeoData/FORMAT.md).", valueName: "dir"))
    var data: String?

    /// The route's files.
    func files() throws -> GeoDataFiles {
        guard let data else {
            return GeoDataFiles(origin: "shipped GeoData", files: ShippedGeoData.routes[ShippedGeoData.defaultRoute]!)
        }
        do {
            return try GeoDataFiles.directory(data)
        } catch {
            throw CommandFailure.usage("--data: \(error)")
        }
    }

    /// Loads and builds the route with `engines`; bad GeoData is a usage error naming file, line and field.
    func route(engines: WorkerEngines) throws -> Route {
        let files = try files()
        do {
            return try RouteBuilder.build(files, engines: engines)
        } catch let error as InputFileError {
            throw CommandFailure.usage("\(files.origin == "shipped GeoData" ? "" : files.origin + "/")\(error)")
        }
    }
}
