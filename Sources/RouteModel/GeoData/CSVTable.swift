/// A CSV file (RFC 4180: quoted fields, doubled quotes, CRLF or LF, optional UTF-8 BOM) parsed into rows
/// addressed by header name, each row remembering its line number for error messages.
public struct CSVTable: Sendable {
    /// The file name used in errors.
    public let file: String
    /// Column names from the first line.
    public let header: [String]
    /// Data rows in file order.
    public let rows: [CSVRow]

    /// Parses `text`; `required` columns must be present in the header.
    public init(file: String, text: String, required: [String] = []) throws(InputFileError) {
        self.file = file
        let records = try CSVTable.records(file: file, text: text)
        guard let first = records.first else { throw InputFileError(file: file, "is empty; expected a header line") }
        header = first.fields.map { $0.trimmingSpaces }
        for column in required where !header.contains(column) {
            throw InputFileError(file: file, line: 1, field: column, "missing column; the header must name it")
        }
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() where index[name] == nil { index[name] = i }
        let columns = index
        rows = try records.dropFirst().filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }.map { record throws(InputFileError) in
            guard record.fields.count == first.fields.count else {
                throw InputFileError(file: file, line: record.line,
                                   "has \(record.fields.count) fields; expected \(first.fields.count) like the header")
            }
            return CSVRow(file: file, line: record.line, fields: record.fields, columns: columns)
        }
    }

    private struct Record {
        var line: Int
        var fields: [String]
    }

    /// Splits text into records, honouring quotes (a quoted field may hold commas and newlines).
    private static func records(file: String, text: String) throws(InputFileError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                inQuotes = true
            } else if c == "," {
                fields.append(field); field = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                fields.append(field); field = ""
                records.append(Record(line: recordLine, fields: fields)); fields = []
                line += 1; recordLine = line
            } else {
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        if inQuotes { throw InputFileError(file: file, line: recordLine, "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}

/// One data row of a `CSVTable`, with typed accessors whose errors name file, line and field.
public struct CSVRow: Sendable {
    /// The file name used in errors.
    public let file: String
    /// The 1-based line where the row starts (the header is line 1), for errors.
    public let line: Int
    let fields: [String]
    let columns: [String: Int]

    /// The trimmed text of `column`, or "" when the column is absent.
    public func text(_ column: String) -> String {
        guard let i = columns[column], i < fields.count else { return "" }
        return fields[i].trimmingSpaces
    }

    /// Non-empty text, or nil.
    public func optionalText(_ column: String) -> String? {
        let t = text(column)
        return t.isEmpty ? nil : t
    }

    /// Text that must not be empty.
    public func requiredText(_ column: String) throws(InputFileError) -> String {
        guard let t = optionalText(column) else { throw error(column, "is empty; a value is required") }
        return t
    }

    /// A finite decimal number, or nil when empty.
    public func optionalNumber(_ column: String, in range: ClosedRange<Double>? = nil) throws(InputFileError) -> Double? {
        guard let t = optionalText(column) else { return nil }
        guard let v = Double(t), v.isFinite else { throw error(column, "'\(t)' is not a number") }
        if let range, !range.contains(v) {
            throw error(column, "\(t) is outside the valid range \(range.lowerBound)…\(range.upperBound)")
        }
        return v
    }

    /// A finite decimal number that must be present.
    public func number(_ column: String, in range: ClosedRange<Double>? = nil) throws(InputFileError) -> Double {
        guard let v = try optionalNumber(column, in: range) else { throw error(column, "is empty; expected a number") }
        return v
    }

    /// A value from a fixed vocabulary.
    public func choice(_ column: String, from allowed: [String], default fallback: String? = nil) throws(InputFileError) -> String {
        guard let t = optionalText(column) else {
            if let fallback { return fallback }
            throw error(column, "is empty; expected one of \(allowed.joined(separator: ", "))")
        }
        guard allowed.contains(t) else { throw error(column, "'\(t)' is not one of \(allowed.joined(separator: ", "))") }
        return t
    }

    /// A `;`-separated list (empty items dropped).
    public func list(_ column: String) -> [String] {
        text(column).split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// An error about `column` in this row.
    public func error(_ column: String, _ message: String) -> InputFileError {
        InputFileError(file: file, line: line, field: column, message)
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
