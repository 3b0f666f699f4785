import Foundation
import GeoEngines

/// Parses `stations.csv`: stations in route order with line, km post, chainage and position.
enum StationsFile {
    static let columns = ["seq", "name", "aliases", "line", "km_post", "chainage_km", "lat", "lon", "position",
                          "elevation_m", "stops", "coord_source", "elev_source", "notes"]

    static func parse(_ text: String, lines: Set<String>?) throws(InputFileError) -> [StationRecord] {
        let table = try CSVTable(file: "stations.csv", text: text, required: columns)
        var records: [StationRecord] = []
        var seen: Set<String> = []
        for row in table.rows {
            let record = try parse(row, lines: lines)
            let s = record.station
            if let previous = records.last?.station {
                guard s.seq == previous.seq + 1 else {
                    throw row.error("seq", "\(s.seq) does not follow \(previous.seq); stations must be numbered in route order")
                }
                guard s.chainageKm > previous.chainageKm else {
                    throw row.error("chainage_km", "\(s.chainageKm) is not greater than the previous station's \(previous.chainageKm); stations must be in chainage order")
                }
            } else if s.chainageKm != 0 {
                throw row.error("chainage_km", "the first station must be at chainage 0, found \(s.chainageKm)")
            }
            guard seen.insert(s.name).inserted else { throw row.error("name", "'\(s.name)' appears twice") }
            records.append(record)
        }
        guard records.count >= 2 else { throw InputFileError(file: "stations.csv", "has \(records.count) stations; a route needs at least 2") }
        guard records.first?.publishedPosition != nil, records.last?.publishedPosition != nil else {
            throw InputFileError(file: "stations.csv", "the first and last stations need coordinates (estimated positions are interpolated between neighbours)")
        }
        return records
    }

    /// Drops every alias that equals its station's name except for letter case (e.g. "Sar-i-Ab" for
    /// "Sar-I-Ab"): names are matched ignoring case, so such an alias adds nothing. Each drop is returned
    /// as an `alias-same-as-name` warning naming the file line, so the data's author sees why.
    static func dropAliasesRepeatingTheName(_ records: inout [StationRecord]) -> [DataWarning] {
        var warnings: [DataWarning] = []
        for i in records.indices {
            let s = records[i].station
            let (same, kept) = (s.aliases.filter { $0.caseInsensitiveCompare(s.name) == .orderedSame },
                                s.aliases.filter { $0.caseInsensitiveCompare(s.name) != .orderedSame })
            for alias in same {
                warnings.append(DataWarning(
                    code: "alias-same-as-name",
                    message: "stations.csv line \(records[i].line): alias '\(alias)' of '\(s.name)' differs from the name only in letter case; names and aliases are matched ignoring case, so it adds nothing and is dropped",
                    fromKm: s.chainageKm, toKm: nil, fromStation: s.name))
            }
            records[i].station.aliases = kept
        }
        return warnings
    }

    private static func parse(_ row: CSVRow, lines: Set<String>?) throws(InputFileError) -> StationRecord {
        let line = try row.requiredText("line")
        if let lines, !lines.contains(line) {
            throw row.error("line", "'\(line)' is not a line of route.json; expected one of \(lines.sorted().joined(separator: ", "))")
        }
        let source = try row.choice("position", from: PositionSource.allCases.map(\.rawValue))
        let lat = try row.optionalNumber("lat", in: -90...90)
        let lon = try row.optionalNumber("lon", in: -180...180)
        let published: GeoPoint?
        switch (lat, lon, source) {
        case (nil, nil, "estimated"): published = nil
        case (.some, .some, "estimated"):
            throw row.error("position", "is 'estimated' but lat/lon are given; use the coordinate's real source or empty lat/lon")
        case (.some(let la), .some(let lo), _): published = GeoPoint(lon: lo, lat: la)
        case (nil, nil, _): throw row.error("lat", "is empty; expected a latitude (or position 'estimated')")
        default: throw row.error(lat == nil ? "lat" : "lon", "is empty while the other coordinate is given")
        }
        let station = Station(
            seq: Int(try row.number("seq", in: 1...1_000_000)),
            name: try row.requiredText("name"),
            aliases: row.list("aliases"),
            line: line,
            kmPost: try row.number("km_post", in: 0...100_000),
            chainageKm: try row.number("chainage_km", in: 0...100_000),
            position: published ?? GeoPoint(lon: 0, lat: 0),
            positionSource: PositionSource(rawValue: source)!,
            elevationM: try row.optionalNumber("elevation_m", in: -500...9000),
            stops: StopStatus(rawValue: try row.choice("stops", from: StopStatus.allCases.map(\.rawValue), default: "unknown"))!,
            coordinateSource: row.text("coord_source"),
            elevationSource: row.text("elev_source"),
            notes: row.text("notes"))
        return StationRecord(station: station, publishedPosition: published, line: row.line)
    }
}

/// Checks that every station's chainage agrees with its line's km post through the legs of route.json.
enum LegCheck {
    static func check(_ document: RouteDocument, _ stations: [StationRecord]) throws(InputFileError) {
        let legs = try Leg.build(document, stations: stations.map(\.station))
        for record in stations {
            let s = record.station
            let candidates = legs.filter { $0.line == s.line && $0.contains(chainageKm: s.chainageKm) }
            guard !candidates.contains(where: { abs($0.chainage(atPost: s.kmPost) - s.chainageKm) < 1e-6 }) else { continue }
            do {
                let expected = candidates.first.map { String(format: "%g", $0.chainage(atPost: s.kmPost)) } ?? "none (no \(s.line) leg covers it)"
                throw InputFileError(file: "stations.csv", line: record.line, field: "chainage_km",
                                   "\(s.chainageKm) disagrees with \(s.line) km post \(s.kmPost); the legs in route.json give chainage \(expected)")
            }
        }
    }
}
