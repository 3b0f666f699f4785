import Foundation
import Placement

/// The batch table's columns and how a row's filled column groups become clues.
///
/// A row may hold several clues, one per filled group: `lat`+`lon` (+`accuracy_m`, default 0) → at;
/// `chainage_km`; `line`+`km_post` → km post; `between_a`+`between_b`; `near` (+`within_km`);
/// `tunnel` (a tunnel, or `any`); `area`; `distance_from`+`distance_km`+`distance_by` (rail, road or
/// straight); `terrain` (e.g. mountainous); `province` (or a district); `elapsed` (as `--clue elapsed=`:
/// `Quetta@09:00,13:00`). A group
/// with some but not all of its required columns, a number that does not read or is out of range,
/// or no filled group at all makes the row fail: a row is placed only from exactly what it says.
/// Other columns are ignored.
public enum IncidentColumns {
    /// The incident columns.
    public static let incident = ["id", "title", "time"]
    /// The clue columns, in the order the groups are read.
    public static let clues = ["lat", "lon", "accuracy_m", "chainage_km", "line", "km_post", "between_a", "between_b",
                               "near", "within_km", "tunnel", "area", "distance_from", "distance_km", "distance_by",
                               "terrain", "province", "elapsed"]
    /// Every column the batch reads.
    public static let all = incident + clues

    /// The incident of row `row` from its `fields` (column name → text; missing or blank = not given).
    public static func row(_ row: Int, fields: [String: String]) -> IncidentRow {
        var reader = GroupReader(fields: fields)
        let id = reader.text("id") ?? ""
        reader.readGroups()
        if reader.clues.isEmpty && reader.problems.isEmpty {
            reader.problems.append(RowProblem(field: "clues", message: "no clue: fill at least one column group (lat/lon, chainage_km, line/km_post, between_a/between_b, near, tunnel, area, distance_from/distance_km/distance_by, terrain, province, elapsed)"))
        }
        guard reader.problems.isEmpty else { return IncidentRow(row: row, id: id, problems: reader.problems) }
        let incident = Incident(id: id, title: reader.text("title") ?? "", time: reader.text("time") ?? "", clues: reader.clues.map(\.clue))
        return IncidentRow(row: row, incident: incident, clueFields: reader.clues.map(\.field))
    }
}

/// Reads the column groups of one row, collecting clues and problems.
private struct GroupReader {
    let fields: [String: String]
    var clues: [(clue: Clue, field: String)] = []
    var problems: [RowProblem] = []

    init(fields: [String: String]) { self.fields = fields }

    func text(_ column: String) -> String? {
        guard let value = fields[column]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    mutating func readGroups() {
        group(["lat", "lon", "accuracy_m"], required: ["lat", "lon"]) { r in
            .at(lon: try r.number("lon", -180...180), lat: try r.number("lat", -90...90),
                accuracyM: r.text("accuracy_m") == nil ? 0 : try r.number("accuracy_m", 0...))
        }
        group(["chainage_km"], required: ["chainage_km"]) { r in .chainage(km: try r.number("chainage_km", 0...)) }
        group(["km_post", "line"], required: ["km_post", "line"]) { r in .kmPost(post: try r.number("km_post", 0...), line: r.text("line")!) }
        group(["between_a", "between_b"], required: ["between_a", "between_b"]) { r in .between(r.text("between_a")!, r.text("between_b")!) }
        group(["near", "within_km"], required: ["near"]) { r in
            .near(place: r.text("near")!, withinKm: r.text("within_km") == nil ? nil : try r.number("within_km", 0...))
        }
        group(["tunnel"], required: ["tunnel"]) { r in .tunnel(r.text("tunnel")!) }
        group(["area"], required: ["area"]) { r in .area(r.text("area")!) }
        group(["distance_from", "distance_km", "distance_by"], required: ["distance_from", "distance_km", "distance_by"]) { r in
            let by = r.text("distance_by")!
            guard let mode = DistanceMode(rawValue: by.lowercased()) else {
                throw RowProblem(field: "distance_by", message: "'\(by)' is not rail, road or straight")
            }
            return .distanceFrom(place: r.text("distance_from")!, km: try r.number("distance_km", 0...), by: mode)
        }
        group(["terrain"], required: ["terrain"]) { r in .terrain(r.text("terrain")!) }
        group(["province"], required: ["province"]) { r in .province(r.text("province")!) }
        group(["elapsed"], required: ["elapsed"]) { r in
            do throws(ClueSyntaxError) {
                return try Clue(commandLine: "elapsed=" + r.text("elapsed")!).kind
            } catch {
                throw RowProblem(field: "elapsed", message: error.message)
            }
        }
    }

    /// Reads one group when any of its columns is filled; `required` must all be filled.
    private mutating func group(_ columns: [String], required: [String], _ read: (GroupReader) throws -> ClueKind) {
        let filled = columns.filter { text($0) != nil }
        guard !filled.isEmpty else { return }
        let missing = required.filter { text($0) == nil }
        guard missing.isEmpty else {
            for column in missing {
                problems.append(RowProblem(field: column, message: "is empty, but \(filled.joined(separator: ", ")) \(filled.count == 1 ? "is" : "are") given: a \(columns[0]) clue needs \(required.joined(separator: ", "))"))
            }
            return
        }
        do {
            clues.append((Clue(try read(self)), columns[0]))
        } catch {
            problems.append(error as? RowProblem ?? RowProblem(field: columns[0], message: "\(error)"))
        }
    }

    func number(_ column: String, _ range: ClosedRange<Double>) throws(RowProblem) -> Double {
        let value = try number(column)
        guard range.contains(value) else {
            throw RowProblem(field: column, message: "\(text(column)!) is outside the valid range \(Self.format(range.lowerBound)) … \(Self.format(range.upperBound))")
        }
        return value
    }

    func number(_ column: String, _ range: PartialRangeFrom<Double>) throws(RowProblem) -> Double {
        let value = try number(column)
        guard range.contains(value) else { throw RowProblem(field: column, message: "\(text(column)!) must be ≥ \(Self.format(range.lowerBound))") }
        return value
    }

    private func number(_ column: String) throws(RowProblem) -> Double {
        let raw = text(column) ?? ""
        guard let value = CSVFields.number(ArraySlice(raw.utf8)) else { throw RowProblem(field: column, message: "'\(raw)' is not a number") }
        return value
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

extension RowProblem: Error {}
