import CGDAL

/// A GDAL/OGR call that failed, with GDAL's own message when it gave one.
public struct GDALError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What routemap was doing, e.g. `create layer 'route'`.
    public let operation: String
    /// GDAL's last error message on this thread, or empty.
    public let message: String

    /// An error for `operation` with `message`.
    public init(operation: String, message: String) {
        self.operation = operation
        self.message = message
    }

    /// For example `GDAL: create layer 'route': …`.
    public var description: String { "GDAL: \(operation)" + (message.isEmpty ? "" : ": \(message)") }

    /// An error for `operation` carrying the thread's last GDAL message.
    static func last(_ operation: String) -> GDALError {
        GDALError(operation: operation, message: String(cString: CPLGetLastErrorMsg()))
    }
}

/// Runs `body` with GDAL's messages kept off stderr (they are read back into ``GDALError``s), on this
/// thread only; the error state starts clean.
func quietly<Result>(_ body: () throws -> Result) rethrows -> Result {
    CPLPushErrorHandler(CPLQuietErrorHandler)
    defer { CPLPopErrorHandler() }
    CPLErrorReset()
    return try body()
}

/// A GDAL string list (`char **`) for the duration of `body`.
func withStringList<Result>(_ strings: [String], _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) throws -> Result) rethrows -> Result {
    var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
    for string in strings { list = CSLAddString(list, string) }
    defer { CSLDestroy(list) }
    return try body(list)
}
