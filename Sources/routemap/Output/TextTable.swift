/// A plain-text table: a header row and data rows, columns padded to their widest cell.
struct TextTable {
    var header: [String]
    var rows: [[String]]

    /// A two-column "field  value" table.
    static func fields(_ pairs: [(String, String)]) -> TextTable {
        TextTable(header: ["field", "value"], rows: pairs.map { [$0.0, $0.1] })
    }

    /// The table as lines of text.
    var rendered: String {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { $0.indices.contains(c) ? $0[c].count : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, cell in
                c == cells.count - 1 ? cell : cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)).joined(separator: "\n")
    }
}
