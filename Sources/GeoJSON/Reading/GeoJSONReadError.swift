/// Why text could not be read as GeoJSON: where (a JSON path such as
/// `features[12].geometry.coordinates[1]`; empty for the whole document) and what was expected.
public struct GeoJSONReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is; empty for the document itself or for invalid JSON.
    public let path: String
    /// What was expected and what was found.
    public let message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`, or just the message at the top level.
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
