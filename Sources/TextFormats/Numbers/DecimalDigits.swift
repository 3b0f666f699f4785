/// Decimal digits of unsigned integers, written straight into a byte buffer.
package enum DecimalDigits {
    package static func append(_ value: UInt64, to buffer: ByteBuffer) {
        appendPadded(value, minimumDigits: 1, to: buffer)
    }

    /// Appends `value` with leading zeros up to `minimumDigits` (at most 20).
    package static func appendPadded(_ value: UInt64, minimumDigits: Int, to buffer: ByteBuffer) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { scratch in
            var remaining = value
            var start = 20
            repeat {
                start -= 1
                scratch[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
                remaining /= 10
            } while remaining != 0
            while 20 - start < minimumDigits {
                start -= 1
                scratch[start] = UInt8(ascii: "0")
            }
            buffer.append(UnsafeRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(scratch)[start..<20]))
        }
    }
}
