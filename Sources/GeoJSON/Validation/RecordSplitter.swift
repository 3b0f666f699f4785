import TextFormats
/// Finds the records of a GeoJSON text sequence or newline-delimited file as byte ranges.
enum RecordSplitter {
    private static let recordSeparator: UInt8 = 0x1E
    private static let lineFeed = UInt8(ascii: "\n")

    /// The byte ranges between RS characters, skipping empty ones; text before the first RS is
    /// returned as `leadingText` when it is not whitespace.
    static func textSequenceRecords(in bytes: UnsafeBufferPointer<UInt8>) -> (records: [Range<Int>], leadingText: Range<Int>?) {
        var records: [Range<Int>] = []
        var leadingText: Range<Int>?
        var start: Int?
        func close(at end: Int) {
            if let start, !isWhitespace(bytes, start..<end) { records.append(start..<end) }
        }
        for index in bytes.indices where bytes[index] == recordSeparator {
            if start != nil { close(at: index) } else if !isWhitespace(bytes, 0..<index) { leadingText = 0..<index }
            start = index + 1
        }
        if start != nil { close(at: bytes.count) } else if !isWhitespace(bytes, 0..<bytes.count) { leadingText = 0..<bytes.count }
        return (records, leadingText)
    }

    /// The non-blank lines.
    static func lines(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == lineFeed {
            if !isWhitespace(bytes, start..<index) { lines.append(start..<index) }
            start = index + 1
        }
        if !isWhitespace(bytes, start..<bytes.count) { lines.append(start..<bytes.count) }
        return lines
    }

    /// Whether the text after the first JSON value starts a new value on a later line, which is
    /// how a newline-delimited file differs from a document with trailing garbage.
    static func looksNewlineDelimited(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var scanner = JSONScanner(bytes, range: 0..<bytes.count)
        scanner.skipWhitespace()
        guard (try? scanner.parseValueForSplitting()) != nil else { return false }
        let valueEnd = scanner.position
        scanner.skipWhitespace()
        return scanner.position < bytes.count && bytes[valueEnd..<scanner.position].contains(lineFeed)
    }

    static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy(isWhitespace)
    }

    /// JSON whitespace: space, tab, line feed, carriage return.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Whether the first byte that is not whitespace is RS.
    static func startsWithRecordSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.first { !isWhitespace($0) } == recordSeparator
    }
}
