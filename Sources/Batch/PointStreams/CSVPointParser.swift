import GeoEngines
import RouteModel

/// Reads points from CSV rows whose columns are known (from a header or `--columns`); a value type, so
/// workers can parse their share of a chunk on their own threads.
public struct CSVPointParser: Sendable {
    let lonColumn: Int, latColumn: Int, idColumn: Int
    let extraColumns: [Int]
    /// The names of the columns other than lon, lat and id, in order.
    public let extraNames: [String]
    let file: String
    let checksRange: Bool

    /// Columns named `names` (lowercased); throws when lon or lat is missing, naming `place`.
    init(columns names: [String], file: String, checksRange: Bool, place: String) throws {
        lonColumn = names.firstIndex { ["lon", "lng", "long", "longitude", "x"].contains($0) } ?? -1
        latColumn = names.firstIndex { ["lat", "latitude", "y"].contains($0) } ?? -1
        idColumn = names.firstIndex(of: "id") ?? -1
        self.file = file
        self.checksRange = checksRange
        guard lonColumn >= 0, latColumn >= 0 else {
            throw InputFileError(file: file, line: nil, field: nil,
                                  message: "\(place) must be a header naming the lon and lat columns (lon/longitude/lng/x and lat/latitude/y); found \(names.joined(separator: ","))")
        }
        let lon = lonColumn, lat = latColumn, id = idColumn
        extraColumns = names.indices.filter { $0 != lon && $0 != lat && $0 != id }
        extraNames = extraColumns.map { names[$0] }
    }

    /// The point on `line` (line number `n`), or a problem naming the line and field.
    public func record(_ line: ArraySlice<UInt8>, lineNumber n: Int) throws -> PointRecord {
        guard let ranges = CSVFields.ranges(line) else { return try quotedRecord(line, lineNumber: n) }
        func number(_ column: Int, _ name: String) throws -> Double {
            guard column < ranges.count else { throw problem(n, name, "is missing (the row has \(ranges.count) fields)") }
            guard let v = CSVFields.number(line[ranges[column]]) else {
                throw problem(n, name, "'\(String(decoding: line[ranges[column]], as: UTF8.self))' is not a number")
            }
            return v
        }
        let lon = try number(lonColumn, "lon"), lat = try number(latColumn, "lat")
        try checkRange(lon: lon, lat: lat, line: n)
        let id = idColumn >= 0 && idColumn < ranges.count && !ranges[idColumn].isEmpty
            ? String(decoding: line[ranges[idColumn]], as: UTF8.self) : String(n)
        let extra: PointExtras = extraColumns.isEmpty ? .none
            : .fields(extraColumns.map { $0 < ranges.count ? String(decoding: line[ranges[$0]], as: UTF8.self) : "" })
        return PointRecord(line: n, id: id, lon: lon, lat: lat, extra: extra)
    }

    /// The slow path for a row with quoted fields.
    private func quotedRecord(_ line: ArraySlice<UInt8>, lineNumber n: Int) throws -> PointRecord {
        let fields = CSVFields.split(line)
        func number(_ column: Int, _ name: String) throws -> Double {
            guard column < fields.count else { throw problem(n, name, "is missing (the row has \(fields.count) fields)") }
            guard let v = CSVFields.number(ArraySlice(fields[column].utf8)) else { throw problem(n, name, "'\(fields[column])' is not a number") }
            return v
        }
        let lon = try number(lonColumn, "lon"), lat = try number(latColumn, "lat")
        try checkRange(lon: lon, lat: lat, line: n)
        let id = idColumn >= 0 && idColumn < fields.count && !fields[idColumn].isEmpty ? fields[idColumn] : String(n)
        let extra: PointExtras = extraColumns.isEmpty ? .none : .fields(extraColumns.map { $0 < fields.count ? fields[$0] : "" })
        return PointRecord(line: n, id: id, lon: lon, lat: lat, extra: extra)
    }

    private func checkRange(lon: Double, lat: Double, line: Int) throws {
        guard checksRange else { return }
        do {
            _ = try GeoPoint.validated(lon: lon, lat: lat)
        } catch .latitudeOutOfRange {
            throw problem(line, "lat", "\(lat) is outside [-90, 90]")
        } catch .longitudeOutOfRange {
            throw problem(line, "lon", "\(lon) is outside [-180, 180]")
        }
    }

    private func problem(_ line: Int, _ field: String, _ message: String) -> InputFileError {
        InputFileError(file: file, line: line, field: field, message: message)
    }
}

/// Data lines copied out of the reader's buffer, for parsing on worker threads.
public struct RawLines: Sendable {
    /// All lines' bytes, back to back.
    public private(set) var bytes: [UInt8] = []
    /// Each line's byte range in `bytes` and its line number in the input.
    public private(set) var lines: [(range: Range<Int>, number: Int)] = []

    /// Number of lines.
    public var count: Int { lines.count }

    mutating func append(_ line: ArraySlice<UInt8>, lineNumber: Int) {
        let start = bytes.count
        bytes.append(contentsOf: line)
        lines.append((start..<bytes.count, lineNumber))
    }
}
