import Dispatch
import GeoEngines
import GeoJSON
import TextFormats
import FileOutput
import RouteModel
import Synchronization

/// The throughput path of `snap-points` for CSV input written as CSV or as line-framed GeoJSON: the
/// main thread only cuts the input into chunks of lines and writes finished bytes; each worker parses
/// its share of a chunk, snaps it with its own snapper (its own PROJ context) and formats its rows into
/// its own buffer, and the buffers are written in input order. Memory stays at one chunk.
enum ParallelSnapPipeline {
    /// Whether this path can write `format` (a FeatureCollection is one object: not cut into parts).
    static func handles(_ format: SnapOutputFormat) -> Bool { format != .geojson }

    static func run(route: Route, input: PointReader, parser: CSVPointParser, sink: any ByteSink, format: SnapOutputFormat,
                    jobs: Int, chunkSize: Int, offsetLimit: OffsetLimit, summary: inout SnapPointsSummary,
                    problem: (InputFileError) -> Void) throws {
        let header = try SnapRowWriter(sink: sink, format: format, extraNames: input.extraNames, header: input.hasHeader)
        try header.finish()
        let workers = max(1, jobs)
        let extraNames = input.extraNames
        nonisolated(unsafe) let snappers = try (0..<workers).map { _ in try RouteSnapper(route: route, engines: WorkerEngines()) }
        while let raw = try input.nextRawLines(limit: chunkSize) {
            let parts = min(workers, max(1, raw.count / 1024))
            let results = Mutex<[Int: WorkerOutput]>([:])
            DispatchQueue.concurrentPerform(iterations: parts) { w in
                let lines = raw.lines[(raw.count * w / parts)..<(raw.count * (w + 1) / parts)]
                let output = snap(lines, bytes: raw.bytes, parser: parser, snapper: snappers[w], format: format, extraNames: extraNames,
                                  offsetLimit: offsetLimit)
                results.withLock { $0[w] = output }
            }
            let outputs = results.withLock { $0 }
            for w in 0..<parts {
                guard let output = outputs[w] else { continue }
                if let error = output.error { throw ParallelSnappingError(message: error) }
                output.problems.forEach(problem)
                summary.failed += output.problems.count
                summary.snapped += output.snapped
                try sink.write(output.bytes)
            }
        }
    }

    /// What one worker made of its share of a chunk.
    struct WorkerOutput: Sendable {
        var bytes: [UInt8] = []
        var problems: [InputFileError] = []
        var snapped = 0
        var error: String?
    }

    private static func snap(_ lines: ArraySlice<(range: Range<Int>, number: Int)>, bytes: [UInt8], parser: CSVPointParser,
                             snapper: RouteSnapper, format: SnapOutputFormat, extraNames: [String], offsetLimit: OffsetLimit) -> WorkerOutput {
        var output = WorkerOutput()
        var records: [PointRecord] = []
        records.reserveCapacity(lines.count)
        for line in lines {
            do {
                records.append(try parser.record(bytes[line.range], lineNumber: line.number))
            } catch let error as InputFileError {
                output.problems.append(error)
            } catch {
                output.problems.append(InputFileError(file: parser.file, line: line.number, field: nil, message: "\(error)"))
            }
        }
        do {
            let sink = InMemorySink()
            let writer = try SnapRowWriter(sink: sink, format: format, extraNames: extraNames, header: false)
            var next = 0
            var failure: Error?
            snapper.snapMany(lons: records.map(\.lon), lats: records.map(\.lat)) { i, result in
                guard failure == nil else { return }
                while next < i {
                    output.problems.append(InputFileError(file: parser.file, line: records[next].line, field: nil, message: "could not be projected"))
                    next += 1
                }
                next = i + 1
                if result.offsetM / 1000 > offsetLimit.maxKm {
                    let point = GeoPoint(lon: records[i].lon, lat: records[i].lat)
                    let snapped = (try? snapper.snap(point)) ?? result
                    output.problems.append(InputFileError(file: parser.file, line: records[i].line, field: nil,
                                                          message: offsetLimit.problem(point, snap: snapped, snapper: snapper) ?? "is off the line"))
                    return
                }
                do { try writer.write(records[i], result) } catch { failure = error }
                output.snapped += 1
            }
            while next < records.count {
                output.problems.append(InputFileError(file: parser.file, line: records[next].line, field: nil, message: "could not be projected"))
                next += 1
            }
            if let failure { throw failure }
            try writer.finish()
            output.bytes = sink.bytes
        } catch {
            output.error = "\(error)"
        }
        // Problems in line order (parse problems and projection failures interleave by line).
        output.problems.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        return output
    }
}
