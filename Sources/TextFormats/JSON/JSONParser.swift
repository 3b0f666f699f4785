import Foundation

/// A strict RFC 8259 JSON parser that keeps object member order and reports the line and column
/// of the first error. Numbers too large for a `Double` are errors, so every number is finite; a
/// member name repeated in one object is an error (which value was meant is ambiguous).
public enum JSONParser {
    /// The deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 512
    /// The longest number accepted, characters (a double needs at most 17 significant digits; this
    /// leaves room for zeros and an exponent while refusing megabytes of digits).
    public static let maximumNumberLength = 100

    /// Parses one JSON value filling the whole input (a leading UTF-8 byte order mark is skipped).
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONValue in
            var scanner = JSONScanner(buffer, range: 0..<buffer.count)
            return try scanner.parseDocument()
        }
    }

    /// Parses one JSON value filling the whole input.
    public static func parse(_ data: Data) throws(JSONSyntaxError) -> JSONValue {
        try parse([UInt8](data))
    }

    /// Parses one JSON value filling the whole text.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}
