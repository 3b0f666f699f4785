import RouteModel
import GeoEngines
import GeoJSON

/// One input point with where it came from.
public struct PointRecord: Sendable, Equatable {
    /// Input line (1-based; the CSV header is line 1).
    public var line: Int
    /// The input's id (an `id` column or feature id), or the line number.
    public var id: String
    /// Longitude, WGS84 degrees, checked to lie in [-180, 180].
    public var lon: Double
    /// Latitude, WGS84 degrees, checked to lie in [-90, 90].
    public var lat: Double
}

/// Formats `snap-points` reads.
public enum PointInputFormat: String, Sendable, CaseIterable {
    /// CSV with a header naming lon/lat (or longitude/latitude, lng, x/y) and optionally id.
    case csv
    /// GeoJSON Text Sequence or newline-delimited GeoJSON of Point features.
    case geojsonseq

    /// The format a file name implies, if any.
    public static func forPath(_ path: String) -> PointInputFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        if [".geojsons", ".geojsonl", ".geojsonseq", ".jsonl", ".ndjson"].contains(where: lower.hasSuffix) { return .geojsonseq }
        return nil
    }
}

/// Streams points from CSV or GeoJSON sequences in chunks; bad rows become problems naming the line
/// and field, and reading goes on.
public final class PointReader {
    private let lines: LineReader
    private var format: PointInputFormat?
    private var pending: ArraySlice<UInt8>?
    private var lonColumn = -1, latColumn = -1, idColumn = -1

    /// Opens `path` ("-" for stdin). Without `format`, the extension decides, else the first line.
    public init(path: String, format: PointInputFormat? = nil) throws {
        lines = try LineReader(path: path)
        self.format = format ?? PointInputFormat.forPath(path)
    }

    /// Up to `limit` points and the problems met on the way, or nil at the end of the input.
    public func next(limit: Int) throws -> (records: [PointRecord], problems: [InputFileError])? {
        var records: [PointRecord] = []
        var problems: [InputFileError] = []
        records.reserveCapacity(limit)
        while records.count < limit, let line = try nextLine() {
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 0x1E }) { continue }
            if format == nil { format = line.first == UInt8(ascii: "{") || line.first == 0x1E ? .geojsonseq : .csv }
            do {
                switch format! {
                case .csv:
                    if lonColumn < 0 { try readHeader(line); continue }
                    records.append(try csvRecord(line))
                case .geojsonseq:
                    records.append(try featureRecord(line))
                }
            } catch let error as InputFileError where error.line != nil {
                problems.append(error)
            }
        }
        return records.isEmpty && problems.isEmpty ? nil : (records, problems)
    }

    private func nextLine() throws -> ArraySlice<UInt8>? {
        if let p = pending { pending = nil; return p }
        return try lines.nextLine()
    }

    private func readHeader(_ line: ArraySlice<UInt8>) throws {
        let names = CSVFields.split(line).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        lonColumn = names.firstIndex { ["lon", "lng", "long", "longitude", "x"].contains($0) } ?? -1
        latColumn = names.firstIndex { ["lat", "latitude", "y"].contains($0) } ?? -1
        idColumn = names.firstIndex(of: "id") ?? -1
        guard lonColumn >= 0, latColumn >= 0 else {
            throw InputFileError(file: lines.name, line: nil, field: nil,
                                  message: "line 1 must be a header naming the lon and lat columns (lon/longitude/lng/x and lat/latitude/y); found \(names.joined(separator: ","))")
        }
    }

    private func csvRecord(_ line: ArraySlice<UInt8>) throws -> PointRecord {
        let n = lines.lineNumber
        guard let ranges = CSVFields.ranges(line) else { return try quotedCSVRecord(line) }
        func number(_ column: Int, _ name: String) throws -> Double {
            guard column < ranges.count else { throw problem(name, "is missing (the row has \(ranges.count) fields)") }
            guard let v = CSVFields.number(line[ranges[column]]) else {
                throw problem(name, "'\(String(decoding: line[ranges[column]], as: UTF8.self))' is not a number")
            }
            return v
        }
        let lon = try number(lonColumn, "lon"), lat = try number(latColumn, "lat")
        try checkRange(lon: lon, lat: lat)
        let id = idColumn >= 0 && idColumn < ranges.count && !ranges[idColumn].isEmpty
            ? String(decoding: line[ranges[idColumn]], as: UTF8.self) : String(n)
        return PointRecord(line: n, id: id, lon: lon, lat: lat)
    }

    /// The slow path for a row with quoted fields.
    private func quotedCSVRecord(_ line: ArraySlice<UInt8>) throws -> PointRecord {
        let fields = CSVFields.split(line)
        let n = lines.lineNumber
        func number(_ column: Int, _ name: String) throws -> Double {
            guard column < fields.count else { throw problem(name, "is missing (the row has \(fields.count) fields)") }
            guard let v = CSVFields.number(ArraySlice(fields[column].utf8)) else { throw problem(name, "'\(fields[column])' is not a number") }
            return v
        }
        let lon = try number(lonColumn, "lon"), lat = try number(latColumn, "lat")
        try checkRange(lon: lon, lat: lat)
        let id = idColumn >= 0 && idColumn < fields.count && !fields[idColumn].isEmpty ? fields[idColumn] : String(n)
        return PointRecord(line: n, id: id, lon: lon, lat: lat)
    }

    private func featureRecord(_ line: ArraySlice<UInt8>) throws -> PointRecord {
        let body = line.first == 0x1E ? line.dropFirst() : line
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(body))
        } catch {
            throw problem(nil, "\(error)")
        }
        guard let object = value.objectValue else { throw problem(nil, "expected a GeoJSON Feature object") }
        let geometry = object["type"]?.stringValue == "Feature" ? object["geometry"]?.objectValue : object
        guard let geometry, geometry["type"]?.stringValue == "Point",
              let position = geometry["coordinates"]?.arrayValue, position.count >= 2,
              let lon = position[0].numberValue, let lat = position[1].numberValue else {
            throw problem("geometry", "expected a Point with coordinates [lon, lat]")
        }
        try checkRange(lon: lon, lat: lat)
        let id = object["id"].flatMap(Self.text) ?? object["properties"]?.objectValue?["id"].flatMap(Self.text) ?? String(lines.lineNumber)
        return PointRecord(line: lines.lineNumber, id: id, lon: lon, lat: lat)
    }

    /// An id or property as text: strings as they are, integral numbers without a fraction.
    static func text(_ value: JSONValue) -> String? {
        if let s = value.stringValue { return s }
        if let n = value.numberValue { return n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n) }
        return nil
    }

    private func checkRange(lon: Double, lat: Double) throws {
        do {
            _ = try GeoPoint.validated(lon: lon, lat: lat)
        } catch .latitudeOutOfRange {
            throw problem("lat", "\(lat) is outside [-90, 90]")
        } catch .longitudeOutOfRange {
            throw problem("lon", "\(lon) is outside [-180, 180]")
        }
    }

    private func problem(_ field: String?, _ message: String) -> InputFileError {
        InputFileError(file: lines.name, line: lines.lineNumber, field: field, message: message)
    }
}

import Foundation
import TextFormats
