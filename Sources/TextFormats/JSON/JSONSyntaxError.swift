/// Text that is not valid JSON (RFC 8259), with the place where parsing stopped.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line number.
    public let line: Int
    /// 1-based column, counted in characters (not bytes) from the start of the line.
    public let column: Int
    /// 0-based byte offset into the input.
    public let offset: Int
    /// What was expected or what is wrong, such as `expected ',' or '}'`.
    public let expectation: String

    /// Creates an error.
    public init(line: Int, column: Int, offset: Int, expectation: String) {
        self.line = line
        self.column = column
        self.offset = offset
        self.expectation = expectation
    }

    /// For example `invalid JSON at line 3, column 14: expected ',' or '}'`.
    public var description: String {
        "invalid JSON at line \(line), column \(column): \(expectation)"
    }
}

extension JSONSyntaxError {
    /// Locates byte `offset` of `bytes` as a line and a character column.
    package init(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, expectation: String) {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.init(line: line, column: column, offset: offset, expectation: expectation)
    }
}
