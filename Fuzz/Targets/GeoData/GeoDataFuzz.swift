import FuzzSupport
import RouteModel

/// libFuzzer target: the GeoData folder loader (`--data`). The first byte chooses which of the
/// route's files the rest replaces (route.json or one of the CSVs); the others are the shipped
/// ones. The folder is loaded and, if it loads, built into a route. Any bytes must give a route or
/// an error naming the file, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGeoData(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzInput.bytes(start, count)
    guard let selector = bytes.first, let text = FuzzInput.text(Array(bytes.dropFirst())) else { return 0 }
    let names = FuzzGeoDataFiles.names
    var files = FuzzRoute.files
    files[names[Int(selector) % names.count]] = text
    let folder = GeoDataFiles(origin: "fuzz", files: files)
    guard (try? GeoDataLoader.load(folder)) != nil else { return 0 }
    _ = try? RouteBuilder.build(folder, engines: FuzzRoute.engines)
    return 0
}

/// The files a GeoData folder may hold, in the order the selector byte picks them (Scripts/fuzz
/// writes seeds with the same order).
enum FuzzGeoDataFiles {
    static let names = ["route.json", "stations.csv", "shape_points.csv", "tunnels.csv", "terrain_sections.csv",
                        "areas.csv", "gradients.csv", "relief_points.csv", "speeds.csv", "alternatives.csv"]
}
