import TextFormats
import Testing

@Suite struct NumberAndStringFormatTests {
    func coordinate(_ value: Double, precision: Int = 6) -> String {
        let buffer = ByteBuffer()
        FixedDecimalFormat(precision: precision).append(value, to: buffer)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    func property(_ value: Double) -> String { PropertyNumberFormat.text(value) }

    func quoted(_ text: String) -> String {
        let buffer = ByteBuffer()
        JSONStringEscaping.appendQuoted(text, to: buffer)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    @Test func trailingZerosAndBareDecimalPointAreTrimmed() {
        #expect(coordinate(67.0) == "67")
        #expect(coordinate(1.50) == "1.5")
        #expect(coordinate(-66.25) == "-66.25")
        #expect(coordinate(0.000001) == "0.000001")
    }

    @Test func negativeZeroIsNeverWritten() {
        #expect(coordinate(-0.0) == "0")
        #expect(coordinate(-0.0000001) == "0")
        #expect(coordinate(-0.4, precision: 0) == "0")
        #expect(property(-0.0) == "0")
    }

    @Test func precisionZeroRoundsHalfAwayFromZero() {
        #expect(coordinate(67.5, precision: 0) == "68")
        #expect(coordinate(-67.5, precision: 0) == "-68")
        #expect(coordinate(67.49, precision: 0) == "67")
    }

    @Test func roundingUsesTheExactBinaryValue() {
        // 2.675 is stored as 2.67499999999999982…, so it rounds down; 1.25 is exact, a true tie.
        #expect(coordinate(2.675, precision: 2) == "2.67")
        #expect(coordinate(1.25, precision: 1) == "1.3")
        #expect(coordinate(67.8765432) == "67.876543")
    }

    @Test func precisionFifteenWritesTheStoredDigits() {
        #expect(coordinate(67.123456789012345, precision: 15) == "67.123456789012351")
        #expect(coordinate(0.1, precision: 15) == "0.1")
        #expect(coordinate(-180, precision: 15) == "-180")
    }

    @Test func propertyNumbersAreShortestRoundTrip() {
        #expect(property(141.0) == "141")
        #expect(property(-3) == "-3")
        #expect(property(0.1) == "0.1")
        #expect(property(169.05800000000002) == "169.05800000000002")
        #expect(property(9_007_199_254_740_992) == "9007199254740992.0")
        #expect(property(1e300) == "1e+300")
        #expect(Double(property(1e-7)) == 1e-7)
    }

    @Test func stringsEscapeQuotesBackslashesAndControlCharactersOnly() {
        #expect(quoted("a\"b\\c/d") == #""a\"b\\c/d""#)
        #expect(quoted("tab\tnl\ncr\r\u{1}\u{1F}") == #""tab\tnl\ncr\r\u0001\u001f""#)
        #expect(quoted("Jhal Magsi – ژل 🚂") == "\"Jhal Magsi – ژل 🚂\"")
    }
}
