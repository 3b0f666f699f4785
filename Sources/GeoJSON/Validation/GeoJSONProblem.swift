/// One way in which a document breaks RFC 7946 (or RFC 8259 / RFC 8142).
public struct GeoJSONProblem: Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is, such as `record[3].geometry.coordinates[0]`; empty for the document.
    public let path: String
    /// What is wrong.
    public let message: String

    /// Creates a problem.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`, or just the message at the top level.
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
