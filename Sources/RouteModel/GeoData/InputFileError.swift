/// A problem in an input file (GeoData, incident tables, point sets), naming the file, the line (1-based;
/// a CSV header is line 1), the field and what was expected.
public struct InputFileError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The input file's name as shown in the message, e.g. `stations.csv`.
    public var file: String
    /// The 1-based line in the file (a CSV header is line 1), or nil when the problem is not tied to a line.
    public var line: Int?
    /// The column, JSON path (e.g. `legs[2].from_station`) or field concerned, or nil for the file or row as a whole.
    public var field: String?
    /// What is wrong and what was expected, in plain words.
    public var message: String

    /// A problem in `file`, optionally at `line` and in `field`, described by `message`.
    public init(file: String, line: Int? = nil, field: String? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// The same, with the message labelled.
    public init(file: String, line: Int?, field: String?, message: String) {
        self.init(file: file, line: line, field: field, message)
    }

    /// `file:line field 'name': message`, leaving out the line and field when they are not known.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let field { place += " field '\(field)'" }
        return "\(place): \(message)"
    }
}
