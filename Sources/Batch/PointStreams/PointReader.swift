import RouteModel
import GeoEngines
import GeoJSON
import TextFormats

/// Streams points from CSV, GeoJSON sequences or a GeoJSON FeatureCollection in chunks; bad rows
/// become problems naming the line and field, and reading goes on.
///
/// CSV may be headerless: with `columns` (e.g. ["lon", "lat", "id", "time"]), or when the first line's
/// first two fields are numbers (then the columns are lon, lat, id, field4, field5…).
public final class PointReader {
    private let lines: LineReader
    private var format: PointInputFormat?
    private let checksRange: Bool
    private var pending: ArraySlice<UInt8>?
    private var prepared = false
    private var lonColumn = -1, latColumn = -1, idColumn = -1
    private var extraColumns: [Int] = []
    private var splitter: FeatureCollectionSplitter?
    private var features: [[UInt8]] = []
    private var featureCount = 0
    private var blocksDone = false
    private var givenColumns: [String]?

    /// Names of the input's other columns (CSV) or the first feature's properties (GeoJSON), in order;
    /// known after the first `next`.
    public private(set) var extraNames: [String] = []
    /// False for headerless CSV (whose output is then headerless too).
    public private(set) var hasHeader = true
    /// True when a GeoJSON sequence's records start with RS (RFC 8142); false for JSON Lines.
    public private(set) var hasRecordSeparators = false
    /// The input's name in messages ("stdin" for "-").
    public var name: String { lines.name }
    /// The input's format, once known (after the first `next`).
    public var inputFormat: PointInputFormat? { format }

    /// Opens `path` ("-" for stdin). Without `format`, the extension decides, else the first line.
    /// - Parameters:
    ///   - columns: the names of a headerless CSV's columns (must include lon and lat, or x and y).
    ///   - checksRange: false when the coordinates are in another CRS and checked after transforming.
    public init(path: String, format: PointInputFormat? = nil, columns: [String]? = nil, checksRange: Bool = true) throws {
        lines = try LineReader(path: path)
        self.format = format ?? (columns != nil ? .csv : PointInputFormat.forPath(path))
        self.checksRange = checksRange
        givenColumns = columns?.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if let givenColumns { try useColumns(givenColumns, where: "--columns") }
    }

    /// Up to `limit` points and the problems met on the way, or nil at the end of the input.
    public func next(limit: Int) throws -> (records: [PointRecord], problems: [InputFileError])? {
        try prepare()
        var records: [PointRecord] = []
        var problems: [InputFileError] = []
        records.reserveCapacity(limit)
        if format == .geojson {
            while records.count < limit, let feature = try nextFeature() {
                featureCount += 1
                do {
                    records.append(try featureRecord(ArraySlice(feature), number: featureCount, place: "feature \(featureCount)"))
                } catch let error as InputFileError where error.line != nil {
                    problems.append(error)
                }
            }
            return records.isEmpty && problems.isEmpty ? nil : (records, problems)
        }
        while records.count < limit, let line = try nextLine() {
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 0x1E }) { continue }
            do {
                records.append(format == .csv ? try csvRecord(line) : try featureRecord(line, number: lines.lineNumber, place: nil))
            } catch let error as InputFileError where error.line != nil {
                problems.append(error)
            }
        }
        return records.isEmpty && problems.isEmpty ? nil : (records, problems)
    }

    /// Reads up to the first record: decides the format, reads a CSV header, learns the extra names.
    public func prepare() throws {
        guard !prepared else { return }
        prepared = true
        while let line = try lines.nextLine() {
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 0x1E }) { continue }
            pending = line
            break
        }
        guard let first = pending else {
            // An empty pipe is an empty stream; an empty file is a mistake (a wrong path, a failed export).
            guard lines.totalBytes == nil else {
                throw InputFileError(file: lines.name, line: nil, field: nil, message: "is empty; expected a CSV header (lon,lat) or GeoJSON")
            }
            return
        }
        if format == nil { format = Self.format(ofFirstLine: first) }
        switch format! {
        case .csv:
            if givenColumns == nil {
                if Self.looksLikeData(first) {
                    try useColumns(["lon", "lat", "id"] + (3..<max(3, CSVFields.split(first).count)).map { "field\($0 + 1)" }, where: "line 1")
                } else {
                    pending = nil
                    try readHeader(first)
                }
            }
        case .geojsonseq:
            hasRecordSeparators = first.first == 0x1E
            extraNames = Self.propertyNames(first.first == 0x1E ? first.dropFirst() : first)
        case .geojson:
            splitter = FeatureCollectionSplitter(name: lines.name)
            if let feature = try nextFeature() {
                features.append(feature)
                extraNames = Self.propertyNames(ArraySlice(feature))
            }
        }
    }

    private static func format(ofFirstLine line: ArraySlice<UInt8>) -> PointInputFormat {
        let text = line.drop { $0 == 32 || $0 == 9 }
        if text.first == 0x1E { return .geojsonseq }
        guard text.first == UInt8(ascii: "{") else { return .csv }
        guard let object = (try? JSONParser.parse(Array(text)))?.objectValue else { return .geojson }
        return object["type"]?.stringValue == "FeatureCollection" ? .geojson : .geojsonseq
    }

    /// A first line whose first two fields are numbers is data, not a header.
    private static func looksLikeData(_ line: ArraySlice<UInt8>) -> Bool {
        let fields = CSVFields.split(line)
        return fields.count >= 2 && CSVFields.number(ArraySlice(fields[0].utf8)) != nil && CSVFields.number(ArraySlice(fields[1].utf8)) != nil
    }

    private static func propertyNames(_ bytes: ArraySlice<UInt8>) -> [String] {
        (try? JSONParser.parse(Array(bytes)))?.objectValue?["properties"]?.objectValue?.keys ?? []
    }

    private func nextLine() throws -> ArraySlice<UInt8>? {
        if let p = pending { pending = nil; return p }
        return try lines.nextLine()
    }

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

    // MARK: CSV

    private func readHeader(_ line: ArraySlice<UInt8>) throws {
        try useColumns(CSVFields.split(line).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }, where: "line 1")
    }

    private func useColumns(_ names: [String], where place: String) throws {
        lonColumn = names.firstIndex { ["lon", "lng", "long", "longitude", "x"].contains($0) } ?? -1
        latColumn = names.firstIndex { ["lat", "latitude", "y"].contains($0) } ?? -1
        idColumn = names.firstIndex(of: "id") ?? -1
        guard lonColumn >= 0, latColumn >= 0 else {
            throw InputFileError(file: lines.name, line: nil, field: nil,
                                  message: "\(place) must be a header naming the lon and lat columns (lon/longitude/lng/x and lat/latitude/y); found \(names.joined(separator: ","))")
        }
        extraColumns = names.indices.filter { $0 != lonColumn && $0 != latColumn && $0 != idColumn }
        extraNames = extraColumns.map { names[$0] }
        hasHeader = place == "line 1" && givenColumns == nil && pending == nil
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
        let extra: PointExtras = extraColumns.isEmpty ? .none
            : .fields(extraColumns.map { $0 < ranges.count ? String(decoding: line[ranges[$0]], as: UTF8.self) : "" })
        return PointRecord(line: n, id: id, lon: lon, lat: lat, extra: extra)
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
        let extra: PointExtras = extraColumns.isEmpty ? .none : .fields(extraColumns.map { $0 < fields.count ? fields[$0] : "" })
        return PointRecord(line: n, id: id, lon: lon, lat: lat, extra: extra)
    }

    // MARK: GeoJSON

    /// A Feature (or bare Point) from `bytes`; `place` names a FeatureCollection's feature in messages.
    private func featureRecord(_ bytes: ArraySlice<UInt8>, number: Int, place: String?) throws -> PointRecord {
        let body = bytes.first == 0x1E ? bytes.dropFirst() : bytes
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(body))
        } catch {
            throw problem(nil, (place.map { "\($0): " } ?? "") + "\(error)", line: number)
        }
        guard let object = value.objectValue else { throw problem(nil, (place.map { "\($0): " } ?? "") + "expected a GeoJSON Feature object", line: number) }
        let geometry = object["type"]?.stringValue == "Feature" ? object["geometry"]?.objectValue : object
        guard let geometry, geometry["type"]?.stringValue == "Point",
              let position = geometry["coordinates"]?.arrayValue, position.count >= 2,
              let lon = position[0].numberValue, let lat = position[1].numberValue else {
            throw problem("geometry", (place.map { "\($0): " } ?? "") + "expected a Point with coordinates [lon, lat]", line: number)
        }
        try checkRange(lon: lon, lat: lat, line: number)
        let properties = object["properties"]?.objectValue
        let id = object["id"].flatMap(Self.text) ?? properties?["id"].flatMap(Self.text) ?? String(number)
        return PointRecord(line: number, id: id, lon: lon, lat: lat, extra: properties.map { $0.keys.isEmpty ? .none : .properties($0) } ?? .none)
    }

    /// An id or property as text: strings as they are, integral numbers without a fraction.
    static func text(_ value: JSONValue) -> String? {
        if let s = value.stringValue { return s }
        if let n = value.numberValue { return n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n) }
        return nil
    }

    private func checkRange(lon: Double, lat: Double, line: Int? = nil) throws {
        guard checksRange else { return }
        do {
            _ = try GeoPoint.validated(lon: lon, lat: lat)
        } catch .latitudeOutOfRange {
            throw problem("lat", "\(lat) is outside [-90, 90]", line: line)
        } catch .longitudeOutOfRange {
            throw problem("lon", "\(lon) is outside [-180, 180]", line: line)
        }
    }

    private func problem(_ field: String?, _ message: String, line: Int? = nil) -> InputFileError {
        InputFileError(file: lines.name, line: line ?? lines.lineNumber, field: field, message: message)
    }
}
