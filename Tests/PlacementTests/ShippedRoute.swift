import Foundation
import GeoEngines
import RouteModel
import ShippedGeoData

/// The shipped Jaffar Express route, built once for the whole test run (as in RouteModelTests).
enum ShippedRoute {
    static let files = GeoDataFiles(origin: "shipped GeoData", files: ShippedGeoData.routes[ShippedGeoData.defaultRoute]!)
    static let route: Route = try! RouteBuilder.build(files, engines: WorkerEngines())

    /// The repository's GeoData folder (tests run from the source tree).
    static let geoDataFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("GeoData")
}
