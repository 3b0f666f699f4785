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
    ///   - offsetLimit: rows farther than this from the line fail (a swapped or wrong coordinate).
    ///   - problem: called for every input row that could not be read or was refused (the rest goes on).
    public static func run(route: Route, input: PointReader, output: String, format: SnapOutputFormat?, inputCRS: InputCRS? = nil,
                           jobs: Int, chunkSize: Int = 200_000, offsetLimit: OffsetLimit = OffsetLimit(),
                           problem: (InputFileError) -> Void) throws -> SnapPointsSummary {
        let start = Date()
        var summary = SnapPointsSummary()
        var checker: RouteSnapper?  // for the swap hint of a refused row, made on the first one
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
                        problem(InputFileError(file: input.name, line: record.line, field: nil, message: "could not be projected"))
                        summary.failed += 1
                        continue
                    }
                    if result.offsetM / 1000 > offsetLimit.maxKm {
                        let snapper = try checker ?? RouteSnapper(route: route, engines: WorkerEngines())
                        checker = snapper
                        let point = GeoPoint(lon: record.lon, lat: record.lat)
                        let message = offsetLimit.problem(point, snap: try snapper.snap(point), snapper: snapper)
                        problem(InputFileError(file: input.name, line: record.line, field: nil, message: message ?? "is off the line"))
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

