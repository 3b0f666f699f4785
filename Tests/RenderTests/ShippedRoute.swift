import GeoEngines
import RouteModel
import ShippedGeoData

/// The shipped Jaffar Express route, built once for the whole test run.
enum ShippedRoute {
    static let files = GeoDataFiles(origin: "shipped GeoData", files: ShippedGeoData.routes[ShippedGeoData.defaultRoute]!)
    static let route: Route = try! RouteBuilder.build(files, engines: WorkerEngines())
}
