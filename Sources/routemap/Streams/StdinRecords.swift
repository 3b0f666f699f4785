import Batch
import Foundation
import GeoEngines
import GeoJSON
import TextFormats

/// Records read from standard input one per line, as PROJ's `cs2cs` and `geod` read them: numbers
/// separated by spaces, tabs or commas ("67.73 29.56", "67.73,29.56"), then optionally an id (the rest
/// of the line). Blank lines and lines starting with `#` are skipped. A line that cannot be read is
/// reported on stderr with its number and skipped; the command then exits 1.
struct StdinRecords {
    /// One line: its number, its `count` leading numbers and the id after them (nil when none).
    struct Record {
        var line: Int
        var numbers: [Double]
        var id: String?
    }

    /// What the numbers are, for messages, e.g. ["lon", "lat"].
    let fields: [String]

    /// Calls `body` for every readable line and returns how many lines failed (read or `body` threw).
    func forEach(_ body: (Record) throws -> Void) throws -> Int {
        if isatty(0) != 0 {
            FileHandle.standardError.write(Data("routemap: reading '\(fields.joined(separator: " ")) [id]' lines from stdin (end with Ctrl-D)\n".utf8))
        }
        let reader = try LineReader(path: "-")
        var failed = 0
        while let bytes = try reader.nextLine() {
            let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { continue }
            do {
                try body(try record(text, line: reader.lineNumber))
            } catch let error as LineProblem {
                failed += 1
                FileHandle.standardError.write(Data("routemap: stdin:\(reader.lineNumber): \(error.message)\n".utf8))
            }
        }
        return failed
    }

    /// The exit-1 failure for `failed` unreadable lines, if any.
    static func failure(_ failed: Int) -> CommandFailure? {
        failed == 0 ? nil : CommandFailure(message: "\(failed) line(s) of stdin could not be used (see above)", exitCode: 1)
    }

    /// A point in range, or the problem naming the field.
    static func point(lon: Double, lat: Double, suffix: String = "") throws(LineProblem) -> GeoPoint {
        do {
            return try GeoPoint.validated(lon: lon, lat: lat)
        } catch {
            let (field, range) = error == .longitudeOutOfRange(lon) ? ("lon", "-180 … 180") : ("lat", "-90 … 90")
            throw LineProblem(message: "field '\(field)\(suffix)': \(field == "lon" ? lon : lat) is outside the valid range \(range)")
        }
    }

    private func record(_ text: String, line: Int) throws(LineProblem) -> Record {
        var rest = Substring(text)
        var numbers: [Double] = []
        for name in fields {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "," }
            let token = rest.prefix { $0 != " " && $0 != "\t" && $0 != "," }
            guard !token.isEmpty else {
                throw LineProblem(message: "field '\(name)' is missing: expected \(fields.joined(separator: " ")) [id], separated by spaces or commas")
            }
            guard let value = Double(token), value.isFinite else { throw LineProblem(message: "field '\(name)': '\(token)' is not a number") }
            numbers.append(value)
            rest = rest.dropFirst(token.count)
        }
        let id = rest.drop { $0 == " " || $0 == "\t" || $0 == "," }.trimmingCharacters(in: .whitespaces)
        return Record(line: line, numbers: numbers, id: id.isEmpty ? nil : id)
    }
}

/// Why one stdin line was not used (the message names the field and what was expected).
struct LineProblem: Error {
    var message: String
}

/// Writes one output line per record to stdout, buffered: tab-separated text, or JSON Lines.
final class LineOutput {
    private let json: Bool
    private var buffer = ""

    init(format: OutputFormat) throws {
        guard format != .csv else { throw CommandFailure.usage("--format: csv is not available when reading stdin (use table for tab-separated lines, or json for JSON Lines)") }
        json = format == .json
    }

    /// One record: as a compact JSON object (JSON Lines), or its `text` cells joined by tabs.
    func write(json object: JSONObject, text cells: [String]) throws {
        buffer += json ? try JSONText.render(.object(object)) : cells.joined(separator: "\t")
        buffer += "\n"
        if buffer.utf8.count >= 1 << 16 { flush() }
    }

    func flush() {
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer = ""
    }
}
