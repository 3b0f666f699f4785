import Dispatch
import Foundation
import GeoEngines
import RouteModel
import Synchronization

/// Which input columns (or properties) name each point's trace and time, for `snap-points --trace`.
public struct TraceColumns: Sendable {
    /// The column whose value groups points into traces (e.g. a train or device id).
    public var trace: String
    /// The column holding each fix's time (ISO 8601, e.g. 2025-03-11T10:05:00Z, or seconds), or nil to
    /// keep the input order within a trace.
    public var time: String?

    /// Traces by `trace`, ordered by `time` when given.
    public init(trace: String, time: String?) {
        self.trace = trace
        self.time = time
    }
}

/// Matches whole traces: every point of the input is held in memory (a trace must be complete before it
/// can be matched), grouped by trace, ordered by time and matched with `TraceMatcher` on every worker;
/// the output keeps the input order.
enum TraceMatchJob {
    /// The matched fix of every record (same order), and the records' problems (bad times) as problems.
    static func match(route: Route, records: [PointRecord], extraNames: [String], columns: TraceColumns, jobs: Int,
                      file: String) throws -> (matches: [MatchedFix?], problems: [InputFileError]) {
        let traceIndex = try index(of: columns.trace, in: extraNames, file: file, option: "--trace")
        let timeIndex = try columns.time.map { try index(of: $0, in: extraNames, file: file, option: "--time") }
        var problems: [InputFileError] = []
        var groups: [String: [(record: Int, time: Double?)]] = [:]
        var order: [String] = []
        for (i, record) in records.enumerated() {
            var time: Double?
            if let timeIndex {
                let text = value(record.extra, at: timeIndex, name: columns.time!)
                guard let t = TraceTime.seconds(text) else {
                    problems.append(InputFileError(file: file, line: record.line, field: columns.time!,
                                                   message: "'\(text)' is not a time (ISO 8601 such as 2025-03-11T10:05:00Z, or seconds)"))
                    continue
                }
                time = t
            }
            let key = value(record.extra, at: traceIndex, name: columns.trace)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append((i, time))
        }
        let traces = order.map { key in groups[key]!.enumerated().sorted { a, b in
            (a.element.time ?? 0, a.offset) < (b.element.time ?? 0, b.offset)
        }.map(\.element) }
        var matches = [MatchedFix?](repeating: nil, count: records.count)
        let failure = Mutex<String?>(nil)
        let workers = max(1, min(jobs, traces.count))
        matches.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                do {
                    let matcher = try TraceMatcher(route: route, engines: WorkerEngines())
                    for t in stride(from: w, to: traces.count, by: workers) {
                        let trace = traces[t]
                        let fixes = trace.map { TraceFix(point: GeoPoint(lon: records[$0.record].lon, lat: records[$0.record].lat), time: $0.time) }
                        for (fix, matched) in zip(trace, try matcher.match(fixes)) { output[fix.record] = matched }
                    }
                } catch {
                    failure.withLock { if $0 == nil { $0 = "\(error)" } }
                }
            }
        }
        if let message = failure.withLock({ $0 }) { throw ParallelSnappingError(message: message) }
        return (matches, problems)
    }

    private static func index(of column: String, in names: [String], file: String, option: String) throws -> Int {
        guard let i = names.firstIndex(of: column.lowercased()) ?? names.firstIndex(of: column) else {
            throw InputFileError(file: file, line: nil, field: column,
                                 message: "\(option) names no column of the input (its other columns: \(names.isEmpty ? "none" : names.joined(separator: ", ")))")
        }
        return i
    }

    private static func value(_ extra: PointExtras, at index: Int, name: String) -> String {
        switch extra {
        case .none: return ""
        case .fields(let values): return index < values.count ? values[index] : ""
        case .properties(let properties): return properties[name].flatMap(PointReader.text) ?? ""
        }
    }
}

/// Times of GPS fixes: seconds as a number, or ISO 8601 date-times.
enum TraceTime {
    /// Seconds since 1970 (or the number as given), or nil when `text` is neither form.
    static func seconds(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let n = Double(trimmed), n.isFinite { return n }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: trimmed) { return date.timeIntervalSince1970 }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: trimmed)?.timeIntervalSince1970
    }
}
