import Foundation
import GeoEngines
import GeoJSON
import RouteModel
import FileOutput

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
    ///   - format: the output format (nil: what the input was, see `SnapOutputFormat.mirroring`).
    ///   - inputCRS: the CRS of the input's coordinates when not WGS84 lon/lat (any PROJ definition,
    ///     e.g. `EPSG:32642`); the reader must then be made with `checksRange: false`.
    ///   - problem: called for every input row that could not be read (the rest goes on).
    public static func run(route: Route, input: PointReader, output: String, format: SnapOutputFormat?, inputCRS: InputCRS? = nil,
                           jobs: Int, chunkSize: Int = 200_000, problem: (InputFileError) -> Void) throws -> SnapPointsSummary {
        let start = Date()
        var summary = SnapPointsSummary()
        try input.prepare()
        try withOutputSink(output) { sink in
            let writer = try SnapRowWriter(sink: sink, format: format ?? .mirroring(input), extraNames: input.extraNames,
                                           header: input.hasHeader || input.inputFormat != .csv)
            while var chunk = try input.next(limit: chunkSize) {
                if let inputCRS { inputCRS.toLonLat(&chunk) }
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

