import RouteModel
import Foundation
import GeoJSON
import Placement
import TextFormats

/// Streams an incident table (CSV, JSON Lines or a GeoJSON FeatureCollection) in chunks of rows, so
/// memory does not grow with its length. A row that cannot be read becomes an `IncidentRow` with its
/// problems and reading goes on; input that cannot be used at all (unreadable, empty, no usable
/// header, not a FeatureCollection) throws `InputFileError`.
public final class IncidentReader {
    /// The name used in messages ("stdin" for "-").
    public var name: String { lines.name }
    /// The format, once known (given, from the extension, or from the first line).
    public private(set) var format: IncidentInputFormat?
    private let lines: LineReader
    private var pending: ArraySlice<UInt8>?
    private var prepared = false
    private var columns: [(index: Int, name: String)] = []
    private var rows = 0
    private var splitter: FeatureCollectionSplitter?
    private var features: [[UInt8]] = []
    private var blocksDone = false

    /// Opens `path` ("-" for stdin). Without `format`, the extension decides, else the first line.
    /// - Throws: `InputFileError` when the file cannot be opened.
    public init(path: String, format: IncidentInputFormat? = nil) throws {
        lines = try LineReader(path: path)
        self.format = format ?? IncidentInputFormat.forPath(path)
    }

    /// The fraction of the input read so far (0 … 1), when its size is known.
    public var fractionConsumed: Double? { lines.fractionConsumed }

    /// Decides the format and reads the CSV header, so that unusable input is reported before any
    /// output is written. Called by `next(limit:)` if not called before.
    public func prepare() throws {
        guard !prepared else { return }
        prepared = true
        while let line = try lines.nextLine() {
            if line.allSatisfy({ $0 == 32 || $0 == 9 }) { continue }
            pending = line
            break
        }
        guard let first = pending else { throw problem(nil, "is empty: expected a CSV header, JSON Lines or a GeoJSON FeatureCollection") }
        if format == nil { format = IncidentInputFormat.forFirstLine(first) }
        switch format! {
        case .csv:
            pending = nil
            try readHeader(first)
        case .geojson:
            splitter = FeatureCollectionSplitter(name: name)
            // Read up to the first feature, so that input that is no FeatureCollection fails now.
            if let first = try nextFeature() { features.append(first) }
        case .jsonl:
            break
        }
    }

    /// Up to `limit` rows in input order, or nil at the end of the input.
    public func next(limit: Int) throws -> [IncidentRow]? {
        try prepare()
        var chunk: [IncidentRow] = []
        chunk.reserveCapacity(limit)
        if format == .geojson {
            while chunk.count < limit, let feature = try nextFeature() {
                rows += 1
                chunk.append(Self.featureRow(rows, feature))
            }
        } else {
            while chunk.count < limit, let line = try nextLine() {
                if line.allSatisfy({ $0 == 32 || $0 == 9 }) { continue }
                rows += 1
                chunk.append(format == .csv ? csvRow(line) : Self.jsonRow(rows, line))
            }
        }
        return chunk.isEmpty ? nil : chunk
    }

    private func nextLine() throws -> ArraySlice<UInt8>? {
        if let p = pending { pending = nil; return p }
        return try lines.nextLine()
    }

    // MARK: CSV

    private func readHeader(_ line: ArraySlice<UInt8>) throws {
        let names = CSVFields.split(line).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        columns = names.enumerated().filter { IncidentColumns.all.contains($0.element) }.map { ($0.offset, $0.element) }
        guard columns.contains(where: { IncidentColumns.clues.contains($0.name) }) else {
            throw InputFileError(file: name, line: lines.lineNumber, field: nil,
                                  message: "the first line must be a header naming the clue columns (\(IncidentColumns.clues.joined(separator: ", "))); found \(names.joined(separator: ","))")
        }
    }

    private func csvRow(_ line: ArraySlice<UInt8>) -> IncidentRow {
        let fields = CSVFields.split(line)
        var values: [String: String] = [:]
        for (index, name) in columns where index < fields.count { values[name] = fields[index] }
        return IncidentColumns.row(rows, fields: values)
    }

    // MARK: JSON Lines

    static func jsonRow(_ row: Int, _ line: ArraySlice<UInt8>) -> IncidentRow {
        do {
            let incident = try IncidentFile.parse(String(decoding: line, as: UTF8.self))
            return IncidentRow(row: row, incident: incident, clueFields: incident.clues.indices.map { "clues[\($0)]" })
        } catch {
            let id = (try? JSONParser.parse(Array(line)))?.objectValue?["id"]?.stringValue ?? ""
            return IncidentRow(row: row, id: id, problems: [RowProblem(field: error.path.isEmpty ? "json" : error.path, message: error.message)])
        }
    }

    // MARK: GeoJSON

    private func nextFeature() throws -> [UInt8]? {
        while features.isEmpty {
            if let first = pending {
                pending = nil
                features = try splitter!.feed(first + [10])
            } else if let block = try lines.nextBlock() {
                features = try splitter!.feed(block)
            } else {
                if !blocksDone { blocksDone = true; try splitter!.finish() }
                return nil
            }
            features.reverse()
        }
        return features.popLast()
    }

    static func featureRow(_ row: Int, _ bytes: [UInt8]) -> IncidentRow {
        let object: JSONObject
        do {
            guard let o = try JSONParser.parse(bytes).objectValue, o["type"]?.stringValue == "Feature" else {
                return IncidentRow(row: row, id: "", problems: [RowProblem(field: "features[\(row - 1)]", message: "expected a Feature object")])
            }
            object = o
        } catch {
            return IncidentRow(row: row, id: "", problems: [RowProblem(field: "features[\(row - 1)]", message: error.description)])
        }
        var values: [String: String] = [:]
        for (key, value) in object["properties"]?.objectValue?.members ?? [] where IncidentColumns.all.contains(key) {
            if let text = PointReader.text(value) { values[key] = text }
        }
        if let id = object["id"].flatMap(PointReader.text) { values["id"] = id }
        guard let geometry = object["geometry"]?.objectValue, geometry["type"]?.stringValue == "Point",
              let position = geometry["coordinates"]?.arrayValue, position.count >= 2,
              let lon = position[0].numberValue, let lat = position[1].numberValue else {
            return IncidentRow(row: row, id: values["id"] ?? "", problems: [RowProblem(field: "geometry", message: "expected a Point with coordinates [lon, lat]")])
        }
        values["lon"] = String(lon)
        values["lat"] = String(lat)
        return IncidentColumns.row(row, fields: values)
    }

    private func problem(_ field: String?, _ message: String) -> InputFileError {
        InputFileError(file: name, line: nil, field: field, message: message)
    }
}
