/// Numbers outside coordinates (properties, ids, foreign members): the shortest text that reads
/// back as the same `Double`; integral values below 2^53 are written without a fraction.
package enum PropertyNumberFormat {
    private static let exactIntegerLimit = 9_007_199_254_740_992.0 // 2^53

    /// Appends `value`, which must be finite, to `buffer`. Negative zero is written as `0`.
    package static func append(_ value: Double, to buffer: ByteBuffer) {
        if value.rounded(.towardZero) == value && abs(value) < exactIntegerLimit {
            if value < 0 { buffer.append(UInt8(ascii: "-")) }
            DecimalDigits.append(UInt64(abs(value)), to: buffer)
        } else {
            var text = value.description
            text.withUTF8 { buffer.append(UnsafeRawBufferPointer($0)) }
        }
    }

    /// The text `append` would write; non-finite values give Swift's `nan`, `inf` or `-inf`.
    package static func text(_ value: Double) -> String {
        guard value.isFinite else { return value.description }
        let buffer = ByteBuffer(capacity: 32)
        append(value, to: buffer)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }
}
