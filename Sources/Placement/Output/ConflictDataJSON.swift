import TextFormats

extension ConflictDataFields {
    /// The record fields as JSON members, in this order: `admin1`, `admin2`, `admin1_all`,
    /// `admin2_all`, `location`, `geo_precision` (ACLED), `where_prec` (UCDP GED), `specificity` and
    /// `vicinity` (GTD).
    public var jsonMembers: [(String, JSONValue)] {
        [("admin1", admin1.map(JSONValue.string) ?? .null), ("admin2", admin2.map(JSONValue.string) ?? .null),
         ("admin1_all", .array(admin1All.map(JSONValue.string))), ("admin2_all", .array(admin2All.map(JSONValue.string))),
         ("location", .string(location)), ("geo_precision", .number(Double(acledGeoPrecision))),
         ("where_prec", .number(Double(ucdpWherePrecision))), ("specificity", .number(Double(gtdSpecificity))),
         ("vicinity", .number(Double(gtdVicinity)))]
    }
}
