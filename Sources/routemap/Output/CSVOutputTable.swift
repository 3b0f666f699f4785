import GeoJSON
import TextFormats

/// A command's result as CSV rows: one row per JSON object, with the objects' fields as columns.
///
/// Flattening: scalars as they are (null → empty); a `point` `[lon, lat]` → `lon`, `lat`; another array
/// of two numbers (a range) → `NAME_low`, `NAME_high`; other arrays → their items joined by "; ";
/// a nested object → its fields as `NAME_FIELD`. Columns are those of all rows, in first-seen order.
struct CSVOutputTable {
    var header: [String]
    var rows: [[String]]

    /// The table of `objects` (each flattened as above).
    init(objects: [JSONObject]) {
        var header: [String] = []
        var seen = Set<String>()
        let flat = objects.map { object -> [(String, String)] in
            var cells: [(String, String)] = []
            Self.flatten(object, prefix: "", into: &cells)
            for (name, _) in cells where seen.insert(name).inserted { header.append(name) }
            return cells
        }
        self.header = header
        rows = flat.map { cells in
            let byName = Dictionary(cells, uniquingKeysWith: { first, _ in first })
            return header.map { byName[$0] ?? "" }
        }
    }

    /// A "field,value" table (for results that are one record).
    init(fields: [(String, String)]) {
        header = ["field", "value"]
        rows = fields.map { [$0.0, $0.1] }
    }

    /// The table as RFC 4180 text, LF line ends.
    var rendered: String {
        ([header] + rows).map { $0.map(Self.quoted).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func flatten(_ object: JSONObject, prefix: String, into cells: inout [(String, String)]) {
        for name in object.keys {
            let value = object[name]!
            let column = prefix + name
            switch value {
            case .object(let nested):
                flatten(nested, prefix: column + "_", into: &cells)
            case .array(let items) where items.count == 2 && items.allSatisfy({ $0.numberValue != nil }):
                let (a, b) = name == "point" ? (prefix + "lon", prefix + "lat") : (column + "_low", column + "_high")
                cells.append((a, text(items[0])))
                cells.append((b, text(items[1])))
            case .array(let items):
                cells.append((column, items.map(text).joined(separator: "; ")))
            default:
                cells.append((column, text(value)))
            }
        }
    }

    /// A scalar as CSV text: numbers in JSON's spelling, null as empty.
    private static func text(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        default: return (try? JSONText.render(value)) ?? ""
        }
    }
}
