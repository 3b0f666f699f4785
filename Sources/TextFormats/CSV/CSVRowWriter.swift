import FileOutput

/// Writes CSV (RFC 4180) rows to a sink: text fields quoted only when they need it, numbers with a
/// fixed number of decimals and trailing zeros trimmed (the coordinate formatting of the GeoJSON
/// writer). Buffered; call `finish()` to flush. Used for routemap's tabular outputs beside GeoJSON.
public final class CSVRowWriter {
    private let sink: any ByteSink
    private let buffer = ByteBuffer(capacity: 1 << 16)
    private var formats: [Int: FixedDecimalFormat] = [:]
    private var fieldsInRow = 0

    /// A writer appending to `sink`.
    public init(sink: any ByteSink) {
        self.sink = sink
    }

    /// Appends a text field, quoting it when it holds a comma, quote, CR or LF.
    public func field(_ text: String) {
        separator()
        if text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) {
            buffer.append(UInt8(ascii: "\""))
            for byte in text.utf8 {
                if byte == UInt8(ascii: "\"") { buffer.append(byte) }
                buffer.append(byte)
            }
            buffer.append(UInt8(ascii: "\""))
        } else {
            var copy = text
            copy.withUTF8 { buffer.append(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Appends a number with at most `decimals` decimals (0…15); a non-finite value is an empty field.
    public func field(_ number: Double, decimals: Int) {
        separator()
        guard number.isFinite else { return }
        let clamped = min(max(decimals, 0), 15)
        if formats[clamped] == nil { formats[clamped] = FixedDecimalFormat(precision: clamped) }
        formats[clamped]!.append(number, to: buffer)
    }

    /// Appends an empty field.
    public func emptyField() {
        separator()
    }

    /// Ends the row with LF, writing the buffer out once it is large.
    public func endRow() throws {
        buffer.append(10)
        fieldsInRow = 0
        if buffer.count >= 1 << 16 { try drain() }
    }

    /// Writes everything buffered to the sink and flushes it.
    public func finish() throws {
        try drain()
        try sink.flush()
    }

    private func separator() {
        if fieldsInRow > 0 { buffer.append(UInt8(ascii: ",")) }
        fieldsInRow += 1
    }

    private func drain() throws {
        try sink.write(buffer.bytes)
        buffer.removeAll()
    }
}
