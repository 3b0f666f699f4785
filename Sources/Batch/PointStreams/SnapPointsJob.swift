import Foundation
import GeoEngines
import GeoJSON
import RouteModel
import TextFormats
import FileOutput

/// Formats `snap-points` writes.
public enum SnapOutputFormat: String, Sendable, CaseIterable {
    /// CSV: id, lon, lat, chainage_km, offset_m, side, line, km_post.
    case csv
    /// GeoJSON Text Sequence (RFC 8142) of Point features with those properties.
    case geojsonseq

    /// The format a file name implies (".csv" → csv, else GeoJSON sequence).
    public static func forPath(_ path: String) -> SnapOutputFormat {
        path.lowercased().hasSuffix(".csv") ? .csv : .geojsonseq
    }
}

/// What a `snap-points` run did.
public struct SnapPointsSummary: Sendable {
    /// Points snapped and written.
    public var snapped = 0
    /// Input rows that could not be read or projected.
    public var failed = 0
    /// Wall time, seconds.
    public var seconds = 0.0
}

/// Streams a large point set through the route's snapping index: reads a chunk, snaps it on every
/// worker, writes it, and goes on, so memory does not grow with the input. The output file appears
/// under its name only when complete.
public enum SnapPointsJob {
    /// - Parameters:
    ///   - output: a file path, or "-" for stdout.
    ///   - problem: called for every input row that could not be read (the rest goes on).
    public static func run(route: Route, input: PointReader, output: String, format: SnapOutputFormat, jobs: Int,
                           chunkSize: Int = 200_000, problem: (InputFileError) -> Void) throws -> SnapPointsSummary {
        let start = Date()
        var summary = SnapPointsSummary()
        try withOutputSink(output) { sink in
            let writer = try SnapRowWriter(sink: sink, format: format)
            while let chunk = try input.next(limit: chunkSize) {
                chunk.problems.forEach(problem)
                summary.failed += chunk.problems.count
                let results = try ParallelSnapping.snap(route: route, lons: chunk.records.map(\.lon), lats: chunk.records.map(\.lat), jobs: jobs)
                for (record, result) in zip(chunk.records, results) {
                    guard let result else {
                        problem(InputFileError(file: "input", line: record.line, field: nil, message: "could not be projected"))
                        summary.failed += 1
                        continue
                    }
                    try writer.write(record, result)
                    summary.snapped += 1
                }
            }
            try writer.finish()
        }
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// Runs `body` with a sink for `path`: stdout for "-", else an atomic file.
    static func withOutputSink(_ path: String, _ body: (any ByteSink) throws -> Void) throws {
        if path == "-" {
            let sink = FileDescriptorSink.standardOutput()
            try body(sink)
            try sink.flush()
        } else {
            try writeAtomically(to: URL(fileURLWithPath: path)) { try body($0) }
        }
    }
}

/// Writes snapped points as CSV rows or GeoJSON sequence features.
final class SnapRowWriter {
    private let csv: CSVRowWriter?
    private let features: GeoJSONStreamWriter?

    init(sink: any ByteSink, format: SnapOutputFormat) throws {
        switch format {
        case .csv:
            let csv = CSVRowWriter(sink: sink)
            for name in ["id", "lon", "lat", "chainage_km", "offset_m", "side", "line", "km_post"] { csv.field(name) }
            try csv.endRow()
            self.csv = csv
            features = nil
        case .geojsonseq:
            csv = nil
            features = try GeoJSONStreamWriter(sink: sink, framing: .textSequence, options: GeoJSONWriteOptions(precision: 7))
        }
    }

    func write(_ record: PointRecord, _ r: SnapResult) throws {
        if let csv {
            csv.field(record.id)
            csv.field(record.lon, decimals: 7)
            csv.field(record.lat, decimals: 7)
            csv.field(r.chainageKm, decimals: 3)
            csv.field(r.offsetM, decimals: 1)
            csv.field(r.side.rawValue)
            csv.field(r.line)
            csv.field(r.kmPost, decimals: 3)
            try csv.endRow()
        } else if let features {
            try features.write(Feature(id: .string(record.id), geometry: .point(Position(longitude: record.lon, latitude: record.lat)),
                                       properties: ["chainage_km": .number((r.chainageKm * 1000).rounded() / 1000),
                                                    "offset_m": .number((r.offsetM * 10).rounded() / 10),
                                                    "side": .string(r.side.rawValue), "line": .string(r.line),
                                                    "km_post": .number((r.kmPost * 1000).rounded() / 1000)]))
        }
    }

    func finish() throws {
        try csv?.finish()
        try features?.finish()
    }
}
