import Dispatch
import Foundation
import GeoEngines
import GeoJSON
import IncidentPipeline
import LayerFiles
import Placement
import RouteModel
import Synchronization

/// Choices for a batch run.
public struct BatchOptions: Sendable {
    /// Worker threads, each with its own engines and placer.
    public var jobs: Int
    /// Reuse the outputs of incidents whose folder is complete (see `IncidentFolder`).
    public var resume: Bool
    /// Rows read, placed in parallel and written per step; memory is bounded by it, not by the input.
    public var chunkSize: Int
    /// How clues are read (e.g. the off-route limit for coordinates); part of `--resume`'s fingerprint.
    public var placement = PlacementOptions()

    /// How the layers are written: each folder's layers (GeoJSON, with this precision) and the combined
    /// incidents file (in this format).
    public var write: LayerWriteOptions

    /// Options with the given values; `jobs` (default: active processor count) and `chunkSize` (default 1,000 rows) are raised to at least 1.
    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, resume: Bool = false, chunkSize: Int = 1_000,
                write: LayerWriteOptions = LayerWriteOptions()) {
        self.jobs = max(1, jobs)
        self.resume = resume
        self.chunkSize = max(1, chunkSize)
        self.write = write
    }
}

/// What a batch run did.
public struct BatchSummary: Sendable, Equatable {
    /// Rows read.
    public var rows = 0
    /// Placed with every clue agreeing.
    public var placed = 0
    /// Placed with conflicting clues set aside.
    public var conflicts = 0
    /// Not placed.
    public var failed = 0
    /// Rows whose outputs were reused (`--resume`).
    public var reused = 0
    /// Wall time, seconds.
    public var seconds = 0.0

    /// A summary with the given row counts and wall time in seconds.
    public init(rows: Int = 0, placed: Int = 0, conflicts: Int = 0, failed: Int = 0, reused: Int = 0, seconds: Double = 0) {
        self.rows = rows
        self.placed = placed
        self.conflicts = conflicts
        self.failed = failed
        self.reused = reused
        self.seconds = seconds
    }

    mutating func count(_ record: IncidentRecord) {
        rows += 1
        switch record.status {
        case .placed: placed += 1
        case .conflicts: conflicts += 1
        case .failed: failed += 1
        }
        if record.reused { reused += 1 }
    }
}

/// `routemap batch`: a whole incident table to map layers, on every core, resumable.
///
/// The input is read in chunks (`BatchOptions.chunkSize` rows); each chunk's rows get their folder
/// names in input order (duplicates fail), are placed on `jobs` workers at once (each owning its
/// `WorkerEngines` and `IncidentPlacer`, used by one thread at a time), and their records are then
/// written in input order to the streamed `summary.csv`, `errors.csv` and `incidents.geojson`. Only a
/// chunk's records and 8 bytes per folder name stay in memory. Each incident's folder holds its layer
/// files and `place.json`, each written to a temporary name and renamed; at the end the file system is
/// synced once and the three top-level files are renamed into place.
public enum BatchJob {
    /// Bumped whenever the per-incident outputs change, so that `--resume` redoes older folders.
    static let outputVersion = "batch-2"

    /// Runs the batch.
    /// - Parameters:
    ///   - progress: called on the calling thread after each chunk with the rows done and the fraction
    ///     of the input read (nil when unknown, e.g. stdin).
    /// - Throws: `InputFileError` for unusable input (before anything is written), file system errors
    ///   for the output folder and the top-level files. Row problems are records, not errors.
    public static func run(route: Route, input: IncidentReader, directory: URL, options: BatchOptions = BatchOptions(),
                           progress: (_ rowsDone: Int, _ fraction: Double?) -> Void = { _, _ in }) throws -> BatchSummary {
        let start = Date()
        try input.prepare()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let outputs = try BatchOutputs(directory: directory, options: options.write)
        let pool = WorkerPool(route: route, directory: directory, options: options)
        var registry = FolderRegistry()
        var summary = BatchSummary()
        while let rows = try input.next(limit: options.chunkSize) {
            let tasks = rows.map { row -> BatchTask in
                let folder = FolderNames.folder(for: row.id, row: row.row)
                return BatchTask(row: row, folder: folder, firstRowWithFolder: registry.claim(folder, row: row.row))
            }
            for record in try pool.process(tasks) {
                try outputs.write(record)
                summary.count(record)
            }
            progress(summary.rows, input.fractionConsumed)
        }
        FileReplacement.syncFileSystem(of: directory)
        try outputs.commit()
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// A hash of everything an incident's outputs depend on, as 16 hex digits: the output version, the
    /// route data (`routeFingerprint`), the placement options, the incident and the coordinate precision
    /// (only when it is not the default 6, so folders from before `--precision` stay reusable).
    static func fingerprint(_ incident: Incident, routeKey: String, options: PlacementOptions, precision: Int = 6) -> String {
        let written = precision == 6 ? "" : "|precision \(precision)"
        let text = "\(outputVersion)|\(routeKey)|\(String(reflecting: options))|\(String(reflecting: incident))\(written)"
        return FolderNames.hex(FolderNames.fnv1a(text.utf8), digits: 16)
    }

    /// 64-bit FNV-1a (16 hex digits) of every part of the route that shapes an output: route.json's
    /// document, stations (positions, posts, heights…), shape points, tunnels, terrain, areas, ruling
    /// gradients, relief points (after any `--relief`), speeds and recorded alternatives. Each is hashed
    /// through its `String(reflecting:)` text: arrays in file order and plain values only (no sets or
    /// dictionaries, whose order varies between runs), so the text, and the hash, is the same in every run.
    /// Computed once per run.
    static func routeFingerprint(_ route: Route) -> String {
        let parts: [Any] = [route.document, route.stations, route.shapePoints, route.tunnels, route.terrain, route.areas,
                            route.gradients, route.reliefPoints, route.speeds, route.alternatives]
        var hash = FolderNames.fnv1a([])
        for part in parts { hash = FolderNames.fnv1a(String(reflecting: part).utf8, seed: hash) }
        return FolderNames.hex(hash, digits: 16)
    }
}

/// One row to process and the folder it was given.
struct BatchTask: Sendable {
    var row: IncidentRow
    var folder: String
    /// The earlier row that took the same folder name (a duplicate id), if any.
    var firstRowWithFolder: Int?
}

/// `jobs` workers, created on first use and kept for the whole run.
///
/// Thread safety: the slot array is built once and never mutated; slot `w` is only read or written by
/// the thread running iteration `w` of `concurrentPerform`, whose return orders it before the next
/// call's iterations. No two threads touch the same memory at once.
final class WorkerPool: @unchecked Sendable {
    private let route: Route
    private let directory: URL
    private let options: BatchOptions
    private let slots: [WorkerSlot]
    /// `BatchJob.routeFingerprint(route)`, computed once.
    private let routeKey: String

    init(route: Route, directory: URL, options: BatchOptions) {
        self.route = route
        self.directory = directory
        self.options = options
        routeKey = BatchJob.routeFingerprint(route)
        slots = (0..<options.jobs).map { _ in WorkerSlot() }
    }

    /// The tasks' records, in the tasks' order.
    func process(_ tasks: [BatchTask]) throws -> [IncidentRecord] {
        var records = [IncidentRecord?](repeating: nil, count: tasks.count)
        let next = Atomic<Int>(0)
        let failure = Mutex<String?>(nil)
        let count = min(slots.count, tasks.count)
        records.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: count) { w in
                do {
                    let worker = try self.worker(w)
                    while case let i = next.add(1, ordering: .relaxed).oldValue, i < tasks.count {
                        output[i] = worker.process(tasks[i])
                    }
                } catch {
                    failure.withLock { if $0 == nil { $0 = "\(error)" } }
                }
            }
        }
        if let message = failure.withLock({ $0 }) { throw BatchWorkerError(message: "a batch worker could not start: \(message)") }
        return records.map { $0! }
    }

    private func worker(_ w: Int) throws -> BatchWorker {
        let slot = slots[w]
        if let worker = slot.worker { return worker }
        let worker = try BatchWorker(route: route, routeKey: routeKey, directory: directory, resume: options.resume,
                                     placement: options.placement, precision: options.write.precision)
        slot.worker = worker
        return worker
    }
}

/// One worker's storage, touched only by the iteration that owns it.
private final class WorkerSlot {
    var worker: BatchWorker?
}

/// Places rows and writes their folders through its own ``IncidentPipeline`` (engines, placer, relief).
final class BatchWorker {
    let routeKey: String
    let directory: URL
    let resume: Bool
    let pipeline: IncidentPipeline
    let layerOptions: LayerWriteOptions

    init(route: Route, routeKey: String, directory: URL, resume: Bool, placement: PlacementOptions, precision: Int) throws {
        self.routeKey = routeKey
        self.directory = directory
        self.resume = resume
        pipeline = try IncidentPipeline(route: route, engines: WorkerEngines(), placementOptions: placement)
        layerOptions = LayerWriteOptions(precision: precision)
    }

    func process(_ task: BatchTask) -> IncidentRecord {
        let row = task.row
        if let first = task.firstRowWithFolder {
            let what = FolderNames.folder(for: row.id, row: row.row) == row.id && !row.id.isEmpty ? "the same id" : "an id with the same folder name"
            var problems = [RowProblem(field: "id", message: "duplicate: row \(first) has \(what) ('\(task.folder)'); this row is not placed (give it its own id)")]
            problems += row.problems
            return .failed(row, folder: nil, problems: problems)
        }
        let folder = IncidentFolder(directory: directory, name: task.folder)
        guard let incident = row.incident else {
            folder.clear(names: IncidentLayerFiles.names)
            return .failed(row, folder: nil, problems: row.problems)
        }
        let fingerprint = BatchJob.fingerprint(incident, routeKey: routeKey, options: pipeline.placer.options, precision: layerOptions.precision)
        if resume, let stored = folder.completed(fingerprint: fingerprint),
           let record = IncidentRecord(row: row, folder: task.folder, stored: stored) {
            FileReplacement.removeTemporaries(in: folder.url)
            return record
        }
        do {
            let placement: Placement
            do {
                placement = try pipeline.placement(of: incident)
            } catch let error as PlacementError {
                folder.clear(names: IncidentLayerFiles.names)
                let problems = error.problems.isEmpty
                    ? [RowProblem(field: "clues", message: "no clue gives a place on the route")]
                    : error.problems.map { RowProblem(field: row.field(forProblem: $0), message: $0) }
                return .failed(row, folder: nil, problems: problems)
            } catch let refused as ClueRefusedError {
                folder.clear(names: IncidentLayerFiles.names)
                return .failed(row, folder: nil, problems: [RowProblem(field: row.field(forProblem: refused.clueProblem), message: refused.clueProblem)])
            }
            let placed = try pipeline.measure(placement)
            let files = try IncidentLayerFiles.build(placed, pipeline: pipeline, options: layerOptions)
            let status: BatchStatus = placement.conflicts.isEmpty ? .placed : .conflicts
            let message = ((placement.conflicts.isEmpty
                ? placement.warnings
                : placement.conflicts.map { "clues[\($0.clue)]: \($0.reason)" }) + placed.relief.warnings).joined(separator: "; ")
            let record = IncidentRecord(row: row.row, id: row.id, folder: task.folder, status: status,
                                        figures: PlacedFigures(placed), message: message, errors: [], reused: false)
            try folder.write(files, place: placement.jsonObject, fingerprint: fingerprint, record: record.storedJSON)
            return record
        } catch {
            folder.clear(names: IncidentLayerFiles.names)
            return .failed(row, folder: nil, problems: [RowProblem(field: "clues", message: "\(error)")])
        }
    }
}

/// A worker that could not start (its engines or placer), carried across threads as its message.
public struct BatchWorkerError: Error, CustomStringConvertible {
    /// The worker's error, as text.
    public var message: String
    /// The message.
    public var description: String { message }
}
