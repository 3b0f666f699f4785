import GeoEngines

/// Parsers for the optional GeoData files: shape points, events on the chainage axis, relief points,
/// speeds and recorded alternatives.
enum EventFiles {
    static func shapePoints(_ table: CSVTable, stations: Set<String>) throws(InputFileError) -> [ShapePoint] {
        try table.rows.map { row throws(InputFileError) in
            ShapePoint(name: try row.requiredText("name"), position: try row.position(),
                       afterStation: try row.station("after_station", in: stations),
                       beforeStation: try row.station("before_station", in: stations),
                       source: row.text("source"))
        }
    }

    static func tunnels(_ table: CSVTable, length: Double, stations: Set<String>) throws(InputFileError) -> [Tunnel] {
        try table.rows.map { row throws(InputFileError) in
            let (from, to) = try row.chainageRange(length: length)
            return Tunnel(id: try row.requiredText("id"), number: row.optionalText("number"), name: row.text("name"),
                          fromKm: from, toKm: to,
                          fromStation: try row.optionalStation("from_station", in: stations),
                          toStation: try row.optionalStation("to_station", in: stations),
                          certainty: EventCertainty(rawValue: try row.choice("certainty", from: EventCertainty.allCases.map(\.rawValue)))!,
                          basis: row.text("basis"), source: row.text("source"))
        }
    }

    static func terrain(_ table: CSVTable, length: Double) throws(InputFileError) -> [TerrainSection] {
        let sections = try table.rows.map { row throws(InputFileError) in
            let (from, to) = try row.chainageRange(length: length)
            return TerrainSection(id: try row.requiredText("id"), name: try row.requiredText("name"),
                                  kind: try row.choice("kind", from: ["plateau", "pass", "valley", "plain"]),
                                  mountainous: try row.choice("mountainous", from: ["yes", "no"]) == "yes",
                                  fromKm: from, toKm: to, description: row.text("description"), source: row.text("source"))
        }
        let sorted = sections.sorted { $0.fromKm < $1.fromKm }
        for (a, b) in zip(sorted, sorted.dropFirst()) where b.fromKm < a.toKm - 1e-9 {
            throw InputFileError(file: table.file, field: "from_chainage_km", "section '\(b.id)' overlaps '\(a.id)'; terrain sections must not overlap")
        }
        return sections
    }

    static func areas(_ table: CSVTable, length: Double) throws(InputFileError) -> [NamedArea] {
        try table.rows.map { row throws(InputFileError) in
            let (from, to) = try row.chainageRange(length: length)
            return NamedArea(id: try row.requiredText("id"), name: try row.requiredText("name"), aliases: row.list("aliases"),
                             fromKm: from, toKm: to, halfWidthKm: try row.number("half_width_km", in: 0.001...500),
                             basis: row.text("basis"), source: row.text("source"), polygon: [])
        }
    }

    static func gradients(_ table: CSVTable, length: Double) throws(InputFileError) -> [RulingGradient] {
        try table.rows.map { row throws(InputFileError) in
            let (from, to) = try row.chainageRange(length: length)
            let stretch = try row.optionalNumber("length_km", in: 0...(to - from))
            if stretch == 0 { throw row.error("length_km", "is 0; leave it empty when the gradient covers the whole interval") }
            return RulingGradient(id: try row.requiredText("id"), fromKm: from, toKm: to, ruling: row.text("ruling_gradient"),
                                  perMille: try row.number("per_mille", in: 0...200), source: row.text("source"), lengthKm: stretch)
        }
    }

    static func reliefPoints(_ table: CSVTable, stations: Set<String>) throws(InputFileError) -> [ReliefPoint] {
        try table.rows.map { row throws(InputFileError) in
            ReliefPoint(id: try row.requiredText("id"), name: try row.requiredText("name"),
                        kind: ReliefKind(rawValue: try row.choice("kind", from: ReliefKind.allCases.map(\.rawValue)))!,
                        position: try row.position(),
                        precision: ReliefPrecision(rawValue: try row.choice("precision", from: ReliefPrecision.allCases.map(\.rawValue)))!,
                        station: try row.optionalStation("station", in: stations), role: row.text("role"), source: row.text("source"))
        }
    }

    static func speeds(_ table: CSVTable, length: Double) throws(InputFileError) -> [SpeedSection] {
        let speeds = try table.rows.map { row throws(InputFileError) in
            let (from, to) = try row.chainageRange(length: length)
            return SpeedSection(fromKm: from, toKm: to, speedKmh: try row.number("speed_kmh", in: 1...500),
                                basis: try row.choice("basis", from: ["sourced", "derived", "assumption"]), source: row.text("source"))
        }
        let sorted = speeds.sorted { $0.fromKm < $1.fromKm }
        var reached = 0.0
        for s in sorted {
            guard abs(s.fromKm - reached) < 1e-6 else {
                throw InputFileError(file: table.file, field: "from_chainage_km",
                                   "speed sections must be contiguous from 0; a section starts at \(s.fromKm) where \(reached) was expected")
            }
            reached = s.toKm
        }
        guard sorted.isEmpty || abs(reached - length) < 1e-6 else {
            throw InputFileError(file: table.file, field: "to_chainage_km", "speed sections end at \(reached); they must reach the route's end at \(length)")
        }
        return speeds
    }

    /// `position_errors.csv`: station name → (error km, basis).
    static func positionErrors(_ table: CSVTable, stations: Set<String>) throws(InputFileError) -> [String: (km: Double, basis: String)] {
        var errors: [String: (km: Double, basis: String)] = [:]
        for row in table.rows {
            let station = try row.station("station", in: stations)
            guard errors[station] == nil else { throw row.error("station", "'\(station)' appears twice") }
            errors[station] = (try row.number("position_error_km", in: 0...1000), try row.requiredText("basis"))
        }
        return errors
    }

    static func alternatives(_ table: CSVTable) throws(InputFileError) -> [PostAlternative] {
        try table.rows.map { row throws(InputFileError) in
            PostAlternative(station: try row.requiredText("station"), line: row.text("line"),
                            currentKmPost: try row.number("km_post_current"), alternativeKmPost: try row.number("km_post_alternative"),
                            source: row.text("source"), notes: row.text("notes"))
        }
    }
}

extension CSVRow {
    /// `lat` and `lon`, both required and in range.
    func position() throws(InputFileError) -> GeoPoint {
        GeoPoint(lon: try number("lon", in: -180...180), lat: try number("lat", in: -90...90))
    }

    /// `from_chainage_km` < `to_chainage_km`, both within the route.
    func chainageRange(length: Double) throws(InputFileError) -> (Double, Double) {
        let from = try number("from_chainage_km", in: 0...length)
        let to = try number("to_chainage_km", in: 0...length)
        guard from < to else { throw error("to_chainage_km", "\(to) must be greater than from_chainage_km \(from)") }
        return (from, to)
    }

    /// A station name that must exist in stations.csv.
    func station(_ column: String, in stations: Set<String>) throws(InputFileError) -> String {
        let name = try requiredText(column)
        guard stations.contains(name) else { throw error(column, "'\(name)' is not a station name in stations.csv") }
        return name
    }

    /// An optional station name that, when given, must exist in stations.csv.
    func optionalStation(_ column: String, in stations: Set<String>) throws(InputFileError) -> String? {
        guard optionalText(column) != nil else { return nil }
        return try station(column, in: stations)
    }
}
