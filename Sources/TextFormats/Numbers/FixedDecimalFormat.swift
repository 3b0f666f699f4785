#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers (coordinates, CSV fields) written with a fixed number of decimals, then trailing zeros (and a bare decimal
/// point) trimmed: `67.0` → `67`, `1.50` → `1.5`. Rounding is of the exact binary value, ties
/// away from zero. A value that rounds to zero is written `0`, never `-0`.
package struct FixedDecimalFormat: Sendable {
    package let precision: Int
    private let scale: Double
    private let integerScale: UInt64

    /// Below this scaled magnitude a product's rounding error is at most 1/32, and the exact
    /// error can be recovered with a fused multiply-add.
    private static let fastPathLimit = 562_949_953_421_312.0 // 2^49

    package init(precision: Int) {
        precondition((0...15).contains(precision), "precision \(precision) is outside 0 … 15")
        self.precision = precision
        var power: UInt64 = 1
        for _ in 0..<precision { power *= 10 }
        integerScale = power
        scale = Double(power)
    }

    /// `value` rounded to `precision` decimals, as written (to within the binary value nearest the decimal).
    package func rounded(_ value: Double) -> Double {
        (value * scale).rounded(.toNearestOrAwayFromZero) / scale
    }

    /// Appends the finite `value` to `buffer`.
    package func append(_ value: Double, to buffer: ByteBuffer) {
        let scaled = value * scale
        guard abs(scaled) < Self.fastPathLimit else {
            appendWithPrintf(value, to: buffer)
            return
        }
        var rounded = scaled.rounded(.toNearestOrAwayFromZero)
        if abs(scaled - rounded) > 0.4 {
            rounded = Self.roundedExactly(value: value, scaled: scaled, scale: scale)
        }
        appendScaled(rounded, to: buffer)
    }

    /// Rounds `value × scale` when the rounded product `scaled` is close to a tie: the product's
    /// rounding error is exactly `fma(value, scale, -scaled)`, so the tie can be decided exactly.
    private static func roundedExactly(value: Double, scaled: Double, scale: Double) -> Double {
        let error = (-scaled).addingProduct(value, scale)
        let lower = scaled.rounded(.down)
        let aboveHalf = (scaled - lower - 0.5) + error
        if aboveHalf > 0 { return lower + 1 }
        if aboveHalf < 0 { return lower }
        return value > 0 ? lower + 1 : lower
    }

    private func appendScaled(_ rounded: Double, to buffer: ByteBuffer) {
        let magnitude = UInt64(abs(rounded))
        if magnitude == 0 {
            buffer.append(UInt8(ascii: "0"))
            return
        }
        if rounded < 0 { buffer.append(UInt8(ascii: "-")) }
        DecimalDigits.append(magnitude / integerScale, to: buffer)
        var fraction = magnitude % integerScale
        guard fraction != 0 else { return }
        var digits = precision
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        buffer.append(UInt8(ascii: "."))
        DecimalDigits.appendPadded(fraction, minimumDigits: digits, to: buffer)
    }

    /// Slow path for values too large to scale exactly (high precisions): C's correctly
    /// rounded `%.*f`, trimmed the same way.
    private func appendWithPrintf(_ value: Double, to buffer: ByteBuffer) {
        var characters = [CChar](repeating: 0, count: 340)
        let length = withVaList([Int32(precision), value]) { arguments in
            Int(vsnprintf(&characters, characters.count, "%.*f", arguments))
        }
        var text = characters[0..<length].map { UInt8(bitPattern: $0) }
        if text.contains(UInt8(ascii: ".")) {
            while text.last == UInt8(ascii: "0") { text.removeLast() }
            if text.last == UInt8(ascii: ".") { text.removeLast() }
        }
        if text == Array("-0".utf8) { text = [UInt8(ascii: "0")] }
        text.withUnsafeBytes { buffer.append($0) }
    }
}
