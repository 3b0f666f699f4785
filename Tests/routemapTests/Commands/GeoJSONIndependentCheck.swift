import Foundation
import Testing

/// An RFC 7946 check of exported files written without any routemap code: Foundation's
/// JSONSerialization parses, and the rules are re-derived here (ranges, closed rings, winding by
/// signed area, coordinate decimals, bbox order and extent).
struct GeoJSONIndependentCheck {
    var precision = 6
    var problems: [String] = []
    var geometryTypes: [String] = []
    var featureCount = 0

    /// Checks a document (FeatureCollection) or, when `sequence`, RFC 8142 records each holding one Feature.
    static func check(_ data: Data, precision: Int = 6, sequence: Bool = false) -> GeoJSONIndependentCheck {
        var check = GeoJSONIndependentCheck(precision: precision)
        if sequence {
            guard data.first == 0x1E else { check.problems.append("sequence does not start with RS"); return check }
            for (i, record) in data.split(separator: 0x1E).enumerated() {
                guard record.last == 0x0A else { check.problems.append("record \(i) does not end with LF"); continue }
                guard let feature = try? JSONSerialization.jsonObject(with: Data(record)) as? [String: Any] else {
                    check.problems.append("record \(i) is not a JSON object"); continue
                }
                check.feature(feature, path: "record[\(i)]")
            }
            return check
        }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            check.problems.append("not a JSON object"); return check
        }
        guard root["type"] as? String == "FeatureCollection", let features = root["features"] as? [[String: Any]] else {
            check.problems.append("not a FeatureCollection with a features array"); return check
        }
        for (i, feature) in features.enumerated() { check.feature(feature, path: "features[\(i)]") }
        if let bbox = root["bbox"] { check.bbox(bbox, positions: features.flatMap { Self.positions(of: $0["geometry"]) }, path: "bbox") }
        return check
    }

    mutating func feature(_ feature: [String: Any], path: String) {
        featureCount += 1
        guard feature["type"] as? String == "Feature" else { problems.append("\(path).type is not Feature"); return }
        guard feature["properties"] is [String: Any] else { problems.append("\(path).properties is not an object"); return }
        guard let geometry = feature["geometry"] as? [String: Any], let type = geometry["type"] as? String else {
            problems.append("\(path).geometry is missing"); return
        }
        geometryTypes.append(type)
        let coordinates = geometry["coordinates"]
        switch type {
        case "Point": position(coordinates, path: "\(path).geometry.coordinates")
        case "LineString":
            let line = coordinates as? [Any] ?? []
            if line.count < 2 { problems.append("\(path): LineString with \(line.count) positions") }
            for (j, p) in line.enumerated() { position(p, path: "\(path).geometry.coordinates[\(j)]") }
        case "Polygon":
            for (r, ringValue) in (coordinates as? [Any] ?? []).enumerated() {
                let ring = (ringValue as? [[Double]]) ?? []
                let ringPath = "\(path).geometry.coordinates[\(r)]"
                for (j, p) in ring.enumerated() { position(p, path: "\(ringPath)[\(j)]") }
                guard ring.count >= 4, ring.first == ring.last else { problems.append("\(ringPath): ring not closed or < 4 positions"); continue }
                let area = Self.signedArea(ring)
                if r == 0 && area <= 0 { problems.append("\(ringPath): exterior ring is not counter-clockwise") }
                if r > 0 && area >= 0 { problems.append("\(ringPath): hole is not clockwise") }
            }
        default: problems.append("\(path): unexpected geometry type \(type)")
        }
        if let bbox = feature["bbox"] { self.bbox(bbox, positions: Self.positions(of: geometry), path: "\(path).bbox") }
    }

    mutating func position(_ value: Any?, path: String) {
        guard let p = value as? [Double], p.count == 2 || p.count == 3 else { problems.append("\(path): not a position"); return }
        if !(-180...180).contains(p[0]) || !(-90...90).contains(p[1]) { problems.append("\(path): \(p) out of range") }
        if p[0] == 0 && p[1] == 0 { problems.append("\(path): null island") }
        for v in p.prefix(2) where !hasAtMostDecimals(v) { problems.append("\(path): \(v) has more than \(precision) decimals") }
    }

    func hasAtMostDecimals(_ v: Double) -> Bool {
        let scaled = v * pow(10, Double(precision))
        return abs(scaled - scaled.rounded()) < 1e-6 * max(1, abs(scaled) / 1e9)
    }

    mutating func bbox(_ value: Any, positions: [[Double]], path: String) {
        guard let b = value as? [Double], b.count == 4 || b.count == 6 else { problems.append("\(path): not 4 or 6 numbers"); return }
        let half = b.count / 2
        let (west, south, east, north) = (b[0], b[1], b[half], b[half + 1])
        if west > east || south > north { problems.append("\(path): \(b) is not [west, south, east, north]") }
        let tolerance = pow(10, -Double(precision)) * 0.5 + 1e-12
        for p in positions where p[0] < west - tolerance || p[0] > east + tolerance || p[1] < south - tolerance || p[1] > north + tolerance {
            problems.append("\(path): position \(p) outside \(b)"); break
        }
    }

    static func positions(of geometry: Any?) -> [[Double]] {
        guard let geometry = geometry as? [String: Any] else { return [] }
        func flatten(_ value: Any?) -> [[Double]] {
            if let p = value as? [Double] { return [p] }
            return (value as? [Any] ?? []).flatMap(flatten)
        }
        return flatten(geometry["coordinates"])
    }

    static func signedArea(_ ring: [[Double]]) -> Double {
        zip(ring, ring.dropFirst()).reduce(0) { $0 + $1.0[0] * $1.1[1] - $1.1[0] * $1.0[1] } / 2
    }
}

/// GDAL's command-line tools, used as an independent consumer.
enum GDAL {
    static let ogrinfo = which("ogrinfo")
    static let ogr2ogr = which("ogr2ogr")
    static let gdalinfo = which("gdalinfo")
    /// Whether a missing GDAL must fail the run (CI) rather than skip.
    static var required: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false }
    static var shouldRun: Bool { ogrinfo != nil || required }

    static func which(_ tool: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(directory)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func run(_ tool: String?, _ arguments: [String]) throws -> (status: Int32, output: String) {
        guard let tool else {
            Issue.record("GDAL is not on PATH and CI is set: install gdal-bin (Scripts/test does)")
            return (-1, "")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// `ogrinfo -ro -al -so`: feature count and geometry type of the file's single layer.
    static func summary(_ file: URL) throws -> (count: Int?, geometry: String?) {
        let (_, output) = try run(ogrinfo, ["-ro", "-al", "-so", file.path])
        func value(_ key: String) -> String? {
            output.split(separator: "\n").first { $0.hasPrefix(key) }.map { String($0.dropFirst(key.count)).trimmingCharacters(in: .whitespaces) }
        }
        return (value("Feature Count:").flatMap { Int($0) }, value("Geometry:"))
    }
}

