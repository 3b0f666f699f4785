import Foundation
import GeoJSON
import TextFormats

/// Prints a command's result in the chosen format, on stdout only.
enum CommandOutput {
    /// - Parameter csv: the result as CSV rows; commands without one refuse `--format csv` (exit 2).
    static func emit(_ format: OutputFormat, json: @autoclosure () -> JSONObject, table: @autoclosure () -> TextTable,
                     csv: (() -> CSVOutputTable)? = nil, footnote: String? = nil) throws {
        switch format {
        case .json:
            write(try JSONText.render(.object(json()), pretty: true) + "\n")
        case .table:
            write(table().rendered + "\n" + (footnote.map { "\n" + $0 + "\n" } ?? ""))
        case .csv:
            guard let csv else { throw CommandFailure.usage("--format: csv is not available for this command (use table or json)") }
            write(csv().rendered)
        }
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// Formats numbers for tables.
enum Format {
    static func km(_ v: Double) -> String { String(format: "%.3f", v) }
    static func fixed(_ v: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", v) }
    static func optional(_ v: Double?, _ digits: Int, unit: String = "") -> String {
        v.map { fixed($0, digits) + unit } ?? "unknown"
    }
}
