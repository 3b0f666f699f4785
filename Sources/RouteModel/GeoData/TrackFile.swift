import GeoEngines

/// The route's track geometry from `track.csv` (GeoData/FORMAT.md): the real line, vertex by vertex,
/// with where each stretch comes from and the stations whose km posts pin chainage at a vertex.
public struct TrackGeometry: Sendable {
    /// The `source` of a stretch that is a straight connector, not a surveyed way.
    public static let connectorSource = "connector"

    /// Vertex positions in route order.
    public var points: [GeoPoint]
    /// Per stretch (vertex i → i+1): the OSM way id it lies on, or `connector`.
    public var sources: [String]
    /// Per stretch: the way's OSM layer, nil where not given.
    public var layers: [Int?]
    /// Per stretch: `tunnel`, `bridge` or nil.
    public var structures: [String?]
    /// The vertex index of each station the track passes through (station name → vertex).
    public var stationVertices: [String: Int]

    /// Whether stretch `i` is a connector.
    public func isConnector(_ i: Int) -> Bool { sources[i] == Self.connectorSource }
}

/// Parses `track.csv` quickly (it has tens of thousands of rows): plain rows are split on commas,
/// rows holding a quote go through the full CSV parser.
enum TrackFile {
    static let columns = ["lon", "lat", "source", "layer", "structure", "station"]
    static let file = "track.csv"

    static func parse(_ text: String, stations: [StationRecord]) throws(InputFileError) -> TrackGeometry {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let header = lines.first?.trimmingCharacters(in: ["\r", "\u{FEFF}"]) else {
            throw InputFileError(file: file, "is empty; expected the header \(columns.joined(separator: ","))")
        }
        guard header == columns.joined(separator: ",") else {
            throw InputFileError(file: file, line: 1, "header is '\(header)'; expected \(columns.joined(separator: ","))")
        }
        var track = TrackGeometry(points: [], sources: [], layers: [], structures: [], stationVertices: [:])
        track.points.reserveCapacity(lines.count)
        var stationOrder: [(name: String, line: Int)] = []
        for (index, raw) in lines.enumerated().dropFirst() {
            let line = index + 1
            let fields = try split(raw, line: line)
            guard fields.count == columns.count else {
                throw InputFileError(file: file, line: line, "has \(fields.count) fields; expected \(columns.count) like the header")
            }
            guard let lon = Double(fields[0]), (-180...180).contains(lon) else {
                throw InputFileError(file: file, line: line, field: "lon", "'\(fields[0])' is not a longitude (−180 … 180)")
            }
            guard let lat = Double(fields[1]), (-90...90).contains(lat) else {
                throw InputFileError(file: file, line: line, field: "lat", "'\(fields[1])' is not a latitude (−90 … 90)")
            }
            track.points.append(GeoPoint(lon: lon, lat: lat))
            let isLast = index == lines.count - 1
            if !isLast {
                guard !fields[2].isEmpty else {
                    throw InputFileError(file: file, line: line, field: "source", "is empty; expected the way id the stretch to the next vertex lies on, or 'connector'")
                }
                track.sources.append(String(fields[2]))
                if fields[3].isEmpty {
                    track.layers.append(nil)
                } else {
                    guard let layer = Int(fields[3]) else {
                        throw InputFileError(file: file, line: line, field: "layer", "'\(fields[3])' is not a whole number (OSM layer)")
                    }
                    track.layers.append(layer)
                }
                guard ["", "tunnel", "bridge"].contains(fields[4]) else {
                    throw InputFileError(file: file, line: line, field: "structure", "'\(fields[4])' is not one of tunnel, bridge or empty")
                }
                track.structures.append(fields[4].isEmpty ? nil : String(fields[4]))
            }
            if !fields[5].isEmpty {
                let name = String(fields[5])
                guard track.stationVertices[name] == nil else {
                    throw InputFileError(file: file, line: line, field: "station", "'\(name)' appears twice")
                }
                track.stationVertices[name] = track.points.count - 1
                stationOrder.append((name, line))
            }
        }
        try check(track, order: stationOrder, stations: stations, lastLine: lines.count)
        return track
    }

    /// Station vertices must name stations.csv stations in route order, the first and last among them.
    private static func check(_ track: TrackGeometry, order: [(name: String, line: Int)], stations: [StationRecord], lastLine: Int) throws(InputFileError) {
        guard track.points.count >= 2 else { throw InputFileError(file: file, "has \(track.points.count) vertices; a track needs at least 2") }
        let seq = Dictionary(stations.enumerated().map { ($1.station.name, $0) }, uniquingKeysWith: { a, _ in a })
        var previous = -1
        for entry in order {
            guard let s = seq[entry.name] else {
                throw InputFileError(file: file, line: entry.line, field: "station", "'\(entry.name)' is not a station name in stations.csv")
            }
            guard s > previous else {
                throw InputFileError(file: file, line: entry.line, field: "station", "'\(entry.name)' comes before the previous track station in stations.csv; stations must follow route order")
            }
            previous = s
        }
        guard track.stationVertices[stations.first!.station.name] == 0 else {
            throw InputFileError(file: file, line: 2, field: "station", "the first vertex must be the first station, \(stations.first!.station.name)")
        }
        guard track.stationVertices[stations.last!.station.name] == track.points.count - 1 else {
            throw InputFileError(file: file, line: lastLine, field: "station", "the last vertex must be the last station, \(stations.last!.station.name)")
        }
    }

    /// Fields of one row: a comma split when the row holds no quote, RFC 4180 otherwise.
    private static func split(_ raw: Substring, line: Int) throws(InputFileError) -> [Substring] {
        let row = raw.hasSuffix("\r") ? raw.dropLast() : raw
        guard row.contains("\"") else { return row.split(separator: ",", omittingEmptySubsequences: false) }
        let table = try CSVTable(file: file, text: columns.joined(separator: ",") + "\n" + row)
        guard let parsed = table.rows.first else { return [] }
        return columns.map { Substring(parsed.text($0)) }
    }
}
