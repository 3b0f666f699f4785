import Foundation
import GeoEngines
import RouteModel
import ShippedGeoData

/// The shipped Jaffar Express route, built once per test process, for every test target.
public enum ShippedRoute {
    /// The embedded GeoData files.
    public static let files = GeoDataFiles(origin: "shipped GeoData", files: ShippedGeoData.routes[ShippedGeoData.defaultRoute]!)
    /// The built route.
    public static let route: Route = try! RouteBuilder.build(files, engines: WorkerEngines())

    /// The repository's GeoData folder (tests run from the source tree).
    public static let geoDataFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("GeoData")
}
