import RouteModel
import ArgumentParser
import Batch
import Foundation
import GeoEngines
import FileOutput

/// `routemap snap-points INPUT --out FILE`: the throughput path for large point sets.
struct SnapPointsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snap-points",
        abstract: "Snap a large point set (CSV, GeoJSON sequence or FeatureCollection) to the route, streaming, on every core.",
        discussion: """
        Writes id, lon, lat, chainage_km, offset_m, side, line and km_post per point, then the input's other \
        columns or properties (as ogr2ogr keeps them), as CSV (.csv), a FeatureCollection (.geojson), JSON \
        Lines (.geojsonl, .jsonl) or a GeoJSON Text Sequence (any other name). --out - writes the input's \
        own format unless --output-format says otherwise. Offsets are planar distances in the route's \
        transverse Mercator frame corrected by its scale (within 0.1 % of the geodesic). Rows that cannot \
        be read are reported on stderr with their line, and the rest goes on (exit 1).
        CSV without a header: --columns lon,lat,id (or a first line whose first two fields are numbers: \
        then lon,lat,id,field4…); its output has no header either. Pipe mode, for Spark's RDD.pipe and \
        the like: `snap-points - --out -` reads headerless CSV or JSON Lines and writes the same, one \
        record a line in input order, with nothing on stderr but errors.
        Example: routemap snap-points gps.csv --out snapped.csv --jobs 2
        Example: routemap snap-points utm.csv --input-crs EPSG:32642 -o snapped.geojson
        """)

    @Argument(help: "Input file: CSV with a lon,lat header, or GeoJSON sequence; - for stdin.")
    var input: String
    @Option(name: [.short, .long], help: "Output file (.csv or .geojsons); - for stdout.")
    var out: String
    @Option(name: .long, help: "Input format when the name does not say: csv, geojsonseq or geojson.")
    var inputFormat: PointInputFormatArgument?
    @Option(name: .long, help: "Output format: csv, geojsonseq, geojsonl or geojson (default: from the output name; for - the input's).")
    var outputFormat: SnapOutputFormatArgument?
    @Option(name: .long, help: ArgumentHelp("The columns of a CSV without a header, e.g. lon,lat,id,time.", valueName: "names"))
    var columns: String?
    @Option(name: .long, help: ArgumentHelp("CRS of the input coordinates (any PROJ definition; default WGS84 lon/lat).", valueName: "crs"))
    var inputCrs: String?
    @Option(name: .long, help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @Flag(name: .long, help: "Print nothing on stderr but errors (implied by --out -).")
    var quiet = false

    @OptionGroup var route: RouteOptions
    @OptionGroup var offset: OffsetOptions

    func validate() throws {
        guard jobs >= 1, jobs <= 256 else { throw ValidationError("--jobs: \(jobs) is outside the valid range 1 … 256") }
    }

    func run() throws {
        if out != "-" { try OutputPaths.file(out, option: "--out") }
        let route = try route.route(engines: WorkerEngines())
        let reader: PointReader
        let crs: InputCRS?
        do {
            reader = try PointReader(path: input, format: inputFormat?.format, columns: columns.map { $0.split(separator: ",").map(String.init) },
                                     checksRange: inputCrs == nil)
        } catch let error as InputFileError {
            throw CommandFailure.usage("\(error)")
        }
        do {
            crs = try inputCrs.map { try InputCRS($0, file: reader.name) }
        } catch {
            throw CommandFailure.usage("--input-crs: \(error)")
        }
        var shown = 0
        let summary: SnapPointsSummary
        do {
            summary = try SnapPointsJob.run(route: route, input: reader, output: out,
                                            format: outputFormat?.format ?? (out == "-" ? nil : SnapOutputFormat.forPath(out)),
                                            inputCRS: crs, jobs: jobs, offsetLimit: offset.limit) { problem in
                shown += 1
                if shown <= 20 { FileHandle.standardError.write(Data("routemap: \(problem)\n".utf8)) }
            }
        } catch let error as InputFileError {
            throw CommandFailure.usage("\(error)")
        } catch let error as FileOutputError {
            throw OutputPaths.writeFailure(out, error)
        }
        if !quiet && out != "-" {
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
