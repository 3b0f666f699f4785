import FileOutput
import TextFormats

/// `acled.csv` (`batch --format acled`): one row per placed incident in the column names and codes of
/// the ACLED data export, so it can be appended to an ACLED-style table. Only the location and time
/// columns are filled; actors, event types and fatalities are for the analyst (left empty).
final class ACLEDRows {
    static let columns = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
                          "actor1", "actor2", "country", "iso", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
                          "geo_precision", "source", "source_scale", "notes", "fatalities"]
    private let writer: CSVRowWriter

    init(sink: any ByteSink) throws {
        writer = CSVRowWriter(sink: sink)
        for name in Self.columns { writer.field(name) }
        try writer.endRow()
    }

    /// A placed row; failed rows have no place and are left out.
    func write(_ record: IncidentRecord) throws {
        guard let f = record.figures else { return }
        let date = f.time.count >= 10 ? String(f.time.prefix(10)) : ""
        writer.field(record.id)
        writer.field(date)
        if date.isEmpty { writer.emptyField() } else { writer.field(String(date.prefix(4))) }
        // ACLED time_precision 1: the day is known
        if date.isEmpty { writer.emptyField() } else { writer.field(1, decimals: 0) }
        for _ in 0..<5 { writer.emptyField() }
        writer.field("Pakistan")
        writer.field(586, decimals: 0)
        writer.field(f.admin1 ?? "")
        writer.field(f.admin2 ?? "")
        writer.emptyField()
        writer.field(f.location)
        writer.field(f.lat, decimals: 6)
        writer.field(f.lon, decimals: 6)
        writer.field(Double(f.geoPrecision), decimals: 0)
        writer.field("routemap placement")
        writer.emptyField()
        writer.field(([f.title] + ["chainage \(f.intervalFromKm)–\(f.intervalToKm) km", "UCDP where_prec \(f.wherePrec)", "GTD specificity \(f.specificity) vicinity \(f.vicinity)"])
            .filter { !$0.isEmpty }.joined(separator: "; "))
        writer.emptyField()
        try writer.endRow()
    }

    func finish() throws { try writer.finish() }
}
