import Foundation
import GeoEngines
import RouteModel
import ShippedGeoData

/// The shipped Jaffar Express route, built once for the whole test run.
enum ShippedRoute {
    static let files = GeoDataFiles(origin: "shipped GeoData", files: ShippedGeoData.routes[ShippedGeoData.defaultRoute]!)
    static let route: Route = try! RouteBuilder.build(files, engines: WorkerEngines())

    /// The repository's GeoData folder (tests run from the source tree).
    static let geoDataFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("GeoData")
}

/// In-memory GeoData for error and edge-case tests: the shipped files with some replaced.
func shippedFiles(replacing replacements: [String: String?]) -> GeoDataFiles {
    var files = ShippedGeoData.routes[ShippedGeoData.defaultRoute]!
    for (name, text) in replacements { files[name] = text }
    return GeoDataFiles(origin: "test", files: files)
}
