/// A failed system call while writing a file or stream.
public struct FileOutputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The call that failed, such as `"write"` or `"rename"`.
    public let operation: String
    /// The file involved, if known.
    public let path: String?
    /// The `errno` value.
    public let code: Int32
    /// The system's description of `code`.
    public let reason: String

    /// Creates an error.
    public init(operation: String, path: String?, code: Int32, reason: String) {
        self.operation = operation
        self.path = path
        self.code = code
        self.reason = reason
    }

    /// For example `rename /data/route.geojson: Permission denied`.
    public var description: String {
        if let path { return "\(operation) \(path): \(reason)" }
        return "\(operation): \(reason)"
    }
}
