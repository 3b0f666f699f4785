import RouteModel
import ArgumentParser
import Batch
import Foundation
import GeoEngines

/// `routemap snap-points INPUT --out FILE`: the throughput path for large point sets.
struct SnapPointsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snap-points",
        abstract: "Snap a large point set (CSV lon/lat or GeoJSON sequence) to the route, streaming, on every core.",
        discussion: """
        Writes chainage_km, offset_m, side, line and km_post per point as CSV (.csv) or a GeoJSON Text \
        Sequence (any other name). Offsets here are planar distances in the route's transverse Mercator \
        frame corrected by its scale (within 0.1 % of the geodesic). Rows that cannot be read are reported \
        on stderr with their line, and the rest goes on (exit 1).
        Example: routemap snap-points gps.csv --out snapped.csv --jobs 2
        """)

    @Argument(help: "Input file: CSV with a lon,lat header, or GeoJSON sequence; - for stdin.")
    var input: String
    @Option(name: .long, help: "Output file (.csv or .geojsons); - for stdout.")
    var out: String
    @Option(name: .long, help: "Input format when the name does not say: csv or geojsonseq.")
    var inputFormat: PointInputFormatArgument?
    @Option(name: .long, help: "Output format: csv or geojsonseq (default: from the output name).")
    var outputFormat: SnapOutputFormatArgument?
    @Option(name: .long, help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @Flag(name: .long, help: "Print nothing on stderr but errors.")
    var quiet = false

    @OptionGroup var route: RouteOptions

    func validate() throws {
        guard jobs >= 1, jobs <= 256 else { throw ValidationError("--jobs: \(jobs) is outside the valid range 1 … 256") }
    }

    func run() throws {
        let route = try route.route(engines: WorkerEngines())
        let reader: PointReader
        do {
            reader = try PointReader(path: input, format: inputFormat?.format)
        } catch let error as InputFileError {
            throw CommandFailure.usage("\(error)")
        }
        var shown = 0
        let summary: SnapPointsSummary
        do {
            summary = try SnapPointsJob.run(route: route, input: reader, output: out,
                                            format: outputFormat?.format ?? SnapOutputFormat.forPath(out), jobs: jobs) { problem in
                shown += 1
                if shown <= 20 { FileHandle.standardError.write(Data("routemap: \(problem)\n".utf8)) }
            }
        } catch let error as InputFileError {
            throw CommandFailure.usage("\(error)")
        }
        if !quiet {
            let rate = summary.seconds > 0 ? Double(summary.snapped) / summary.seconds : 0
            FileHandle.standardError.write(Data("snap-points: \(summary.snapped) snapped, \(summary.failed) failed in \(String(format: "%.2f", summary.seconds)) s (\(Int(rate)) points/s, \(jobs) jobs)\n".utf8))
        }
        if summary.failed > 0 { throw CommandFailure(message: "\(summary.failed) rows could not be snapped (see above)", exitCode: 1) }
    }
}

/// `--input-format` values.
struct PointInputFormatArgument: ExpressibleByArgument {
    let format: PointInputFormat
    init?(argument: String) {
        guard let f = PointInputFormat(rawValue: argument) else { return nil }
        format = f
    }
    static var allValueStrings: [String] { PointInputFormat.allCases.map(\.rawValue) }
}

/// `--output-format` values.
struct SnapOutputFormatArgument: ExpressibleByArgument {
    let format: SnapOutputFormat
    init?(argument: String) {
        guard let f = SnapOutputFormat(rawValue: argument) else { return nil }
        format = f
    }
    static var allValueStrings: [String] { SnapOutputFormat.allCases.map(\.rawValue) }
}
