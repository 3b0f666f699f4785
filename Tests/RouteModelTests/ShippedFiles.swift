import Foundation
import GeoEngines
import RouteModel
import ShippedGeoData

/// In-memory GeoData for error and edge-case tests: the shipped files with some replaced.
func shippedFiles(replacing replacements: [String: String?]) -> GeoDataFiles {
    var files = ShippedGeoData.routes[ShippedGeoData.defaultRoute]!
    for (name, text) in replacements { files[name] = text }
    return GeoDataFiles(origin: "test", files: files)
}
