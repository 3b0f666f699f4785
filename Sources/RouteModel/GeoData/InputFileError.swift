/// A problem in an input file (GeoData, incident tables, point sets), naming the file, the line (1-based;
/// a CSV header is line 1), the field and what was expected.
public struct InputFileError: Error, CustomStringConvertible, Equatable, Sendable {
    public var file: String
    public var line: Int?
    public var field: String?
    public var message: String

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

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let field { place += " field '\(field)'" }
        return "\(place): \(message)"
    }
}
