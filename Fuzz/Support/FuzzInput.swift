import Foundation
import GeoEngines
import Placement
import RouteModel
import ShippedGeoData

/// What the fuzz targets share: turning libFuzzer's bytes into the input each reader takes.
public enum FuzzInput {
    /// The bytes libFuzzer hands to `LLVMFuzzerTestOneInput`.
    public static func bytes(_ start: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
        guard let start, count > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: start, count: count))
    }

    /// The bytes as text, the way the CLI reads a UTF-8 file (nil when they are not UTF-8, which the
    /// CLI refuses before any reader sees them).
    public static func text(_ bytes: [UInt8]) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    /// Writes `bytes` to this process's scratch file with extension `ext` (the streaming readers take
    /// a path) and returns its path. The file is overwritten by the next input.
    public static func file(_ bytes: [UInt8], extension ext: String) -> String {
        let path = "\(scratchDirectory)/routemap-fuzz-\(getpid()).\(ext)"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "fuzz: cannot write \(path)")
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = write(fd, buffer.baseAddress! + written, buffer.count - written)
                precondition(n > 0, "fuzz: cannot write \(path)")
                written += n
            }
        }
        close(fd)
        return path
    }

    /// A RAM-backed folder when there is one, so that writing each input costs little.
    private static let scratchDirectory: String = {
        FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    }()
}

/// The shipped route and a placer on it, built once per fuzzing process and kept alive with the
/// engines the placer uses.
public enum FuzzRoute {
    /// The embedded GeoData files of the shipped route.
    public static let files = ShippedGeoData.routes[ShippedGeoData.defaultRoute]!
    /// The engines every fuzz iteration uses (one thread).
    nonisolated(unsafe) public static let engines = WorkerEngines()
    /// The shipped route, built once.
    public static let route: Route = try! RouteBuilder.build(
        GeoDataFiles(origin: "shipped GeoData", files: files), engines: engines)
    /// A placer on the shipped route.
    nonisolated(unsafe) public static let placer = try! IncidentPlacer(route: route, engines: engines)
}

/// GeoData folders made from the shipped files with one file replaced.
public enum FuzzGeoData {
    /// The files a GeoData folder may hold, in the order the selector byte picks them (Scripts/fuzz
    /// writes its seeds in the same order).
    public static let names = ["route.json", "stations.csv", "shape_points.csv", "tunnels.csv", "terrain_sections.csv",
                               "areas.csv", "gradients.csv", "relief_points.csv", "speeds.csv", "alternatives.csv"]

    /// The shipped folder with the file `selector` picks replaced by `text`.
    public static func folder(replacing selector: UInt8, with text: String) -> GeoDataFiles {
        var files = FuzzRoute.files
        files[names[Int(selector) % names.count]] = text
        return GeoDataFiles(origin: "fuzz", files: files)
    }
}
