/// Parsers for `admin_areas.csv` and `local_names.csv` (see GeoData/FORMAT.md).
enum GazetteerFiles {
    /// Admin stretches keyed by their first and last station; they must follow one another in route
    /// order and cover every station once. Chainage ends are put midway between neighbouring stretches.
    static func adminAreas(_ table: CSVTable, stations: [Station], length: Double) throws(InputFileError) -> [AdminArea] {
        let index = Dictionary(stations.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        var next = 0
        var rows: [(area: AdminArea, first: Int, last: Int)] = []
        for row in table.rows {
            let fromName = try row.requiredText("from_station"), toName = try row.requiredText("to_station")
            guard let first = index[fromName] else { throw row.error("from_station", "'\(fromName)' is not a station name in stations.csv") }
            guard let last = index[toName] else { throw row.error("to_station", "'\(toName)' is not a station name in stations.csv") }
            guard first == next else {
                throw row.error("from_station", "expected '\(stations[min(next, stations.count - 1)].name)', the station after the previous stretch (stretches follow the route without gaps or overlaps)")
            }
            guard last >= first else { throw row.error("to_station", "'\(toName)' comes before '\(fromName)' on the route") }
            next = last + 1
            let area = AdminArea(admin1: try row.requiredText("admin1"), admin2: try row.requiredText("admin2"),
                                 admin2Aliases: row.list("admin2_aliases"), fromStation: fromName, toStation: toName,
                                 fromKm: 0, toKm: length,
                                 certainty: try row.choice("certainty", from: ["sourced", "inferred"]),
                                 basis: row.text("basis"), source: try row.requiredText("source"))
            rows.append((area, first, last))
        }
        guard rows.isEmpty || next == stations.count else {
            throw InputFileError(file: table.file, field: "to_station", "the stretches end at '\(stations[next - 1].name)'; they must reach the last station, '\(stations.last!.name)'")
        }
        var areas = rows.map(\.area)
        for i in areas.indices.dropFirst() {
            let boundary = (stations[rows[i - 1].last].chainageKm + stations[rows[i].first].chainageKm) / 2
            areas[i - 1].toKm = boundary
            areas[i].fromKm = boundary
        }
        return areas
    }

    /// Local names, each naming a station of stations.csv.
    static func localNames(_ table: CSVTable, stations: Set<String>) throws(InputFileError) -> [LocalName] {
        try table.rows.map { row throws(InputFileError) in
            LocalName(station: try row.station("station", in: stations), name: try row.requiredText("name"),
                      language: try row.requiredText("language"), source: try row.requiredText("source"))
        }
    }
}
