/// Any JSON value as text, with the GeoJSON writer's number formatting and member order: for reports
/// and command output that are JSON but not GeoJSON.
public enum JSONText {
    /// The value as JSON text, indented by two spaces when `pretty`.
    /// - Throws: ``JSONWriteError`` naming the path of a NaN or infinite number.
    public static func render(_ value: JSONValue, pretty: Bool = false) throws(JSONWriteError) -> String {
        var emitter = JSONEmitter(pretty: pretty)
        do {
            try emitter.value(value)
        } catch {
            throw JSONWriteError(path: error.path.description, message: "\(error.path): \(error.message)")
        }
        return String(decoding: emitter.buffer.bytes, as: UTF8.self)
    }
}

/// A JSON value that cannot be written: it holds NaN or an infinite number.
public struct JSONWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where in the value the number is, like `a[1]`.
    public let path: String
    /// What is wrong, with the path.
    public let message: String

    /// An error at `path` saying `message`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
