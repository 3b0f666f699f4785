import RouteModel
import ArgumentParser
import Batch
import Foundation
import GeoEngines
import LayerFiles

/// `routemap batch INPUT --out DIR`: a whole incident table to map layers, on every core, resumable.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Place every incident of a table and write its map layers, on every core, resumable.",
        discussion: """
        INPUT: CSV (columns id, title, time and clue columns: lat, lon, accuracy_m, chainage_km, line, km_post, \
        between_a, between_b, near, within_km, tunnel, area, distance_from, distance_km, distance_by; one clue \
        per filled group), JSON Lines of incident objects (GeoData/FORMAT.md), or a GeoJSON FeatureCollection of \
        Points (each an 'at' clue). The extension decides (.csv, .jsonl/.ndjson, .geojson), else the content; \
        - reads stdin.
        Writes DIR/<id>/ (incident.geojson, place.json), DIR/incidents.geojson, DIR/summary.csv (one row per input \
        row, in input order) and DIR/errors.csv (row, id, field, message). Ids become safe folder names; a \
        duplicate id fails its row. Every file appears under its name only when complete; --resume reuses \
        incidents whose folder is complete (place.json written last, same input) and redoes the rest.
        Exit codes: 0 all placed, 3 some placed with conflicting clues (none failed), 1 some rows failed \
        (the rest is written), 2 unusable input or arguments.
        Example: routemap batch incidents.csv --out layers --jobs 2
        """)

    @Argument(help: "Incident table: .csv, .jsonl or .geojson; - for stdin.")
    var input: String
    @Option(name: [.short, .long], help: ArgumentHelp("Output folder (created if missing).", valueName: "dir"))
    var out: String
    @Option(name: .long, help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @Flag(name: .long, help: "Skip incidents whose outputs are complete from an earlier run with the same input.")
    var resume = false
    @Flag(name: .long, help: "No progress and no summary line on stderr (errors only).")
    var quiet = false
    @Option(name: .long, help: "Decimals kept in the coordinates of the layer files and the incidents file (0 … 15).")
    var precision: Int = 6
    @Option(name: .long, help: "Format of the combined incidents file: geojson (incidents.geojson), geojsonseq, gpkg, kml, kmz or fgb.")
    var format: LayerFormat = .geojson
    @Option(name: .long, help: "Input format when neither the name nor the content says: csv, jsonl or geojson.")
    var inputFormat: IncidentInputFormat?

    @OptionGroup var route: RouteOptions
    @OptionGroup var relief: ReliefOptions
    @OptionGroup var offset: OffsetOptions

    func validate() throws {
        guard jobs >= 1, jobs <= 256 else { throw ValidationError("--jobs: \(jobs) is outside the valid range 1 … 256") }
        guard !out.isEmpty, out != "-" else { throw ValidationError("--out: expected a folder name") }
        guard (0...15).contains(precision) else { throw ValidationError("--precision: \(precision) is outside the valid range 0 … 15") }
    }

    func run() throws {
        let route = try relief.apply(to: try route.route(engines: WorkerEngines()))
        try OutputPaths.checkFolder(out, option: "--out")
        var options = BatchOptions(jobs: jobs, resume: resume, write: LayerWriteOptions(format: format, precision: precision))
        options.placement.offsetLimit = offset.limit
        let progress = BatchProgress(style: .choose(quiet: quiet, isTerminal: isatty(2) == 1), jobs: jobs)
        let summary: BatchSummary
        do {
            let reader = try IncidentReader(path: input, format: inputFormat)
            summary = try BatchJob.run(route: route, input: reader, directory: URL(fileURLWithPath: out),
                                       options: options) { rows, fraction in
                progress.update(rows: rows, fraction: fraction)
            }
        } catch let error as InputFileError {
            throw CommandFailure.usage("\(error)")
        } catch {
            throw OutputPaths.writeFailure(out, error)
        }
        progress.finish(summary)
        if summary.failed > 0 {
            throw CommandFailure(message: "\(summary.failed) of \(summary.rows) rows failed (see \(out)/errors.csv)", exitCode: 1)
        }
        if summary.conflicts > 0 {
            throw CommandFailure(message: "\(summary.conflicts) rows placed with conflicting clues (see \(out)/summary.csv)", exitCode: 3)
        }
    }
}

/// `--input-format` values (csv, jsonl, geojson), read by ArgumentParser from the raw values.
extension IncidentInputFormat: ExpressibleByArgument {}
