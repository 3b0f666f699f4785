/// Fixed, locale-free number text for SVG output, so the same input always gives the same bytes.
enum PixelNumber {
    /// `value` rounded to one decimal, e.g. `12.3`, `-0.5`, `40.0`; negative zero is written as `0.0`.
    static func text(_ value: Double) -> String {
        fixed(value, decimals: 1)
    }

    /// `value` rounded to `decimals` (0…6) decimals without exponent.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int64((abs(value) * scale).rounded())
        let negative = value < 0 && scaled != 0
        let unit = Int64(scale)
        let whole = String(scaled / unit)
        guard decimals > 0 else { return (negative ? "-" : "") + whole }
        let fraction = String(scaled % unit)
        let padded = String(repeating: "0", count: decimals - fraction.count) + fraction
        return (negative ? "-" : "") + whole + "." + padded
    }
}

extension PixelNumber {
    /// A figure for reading: whole numbers without decimals (`141`), others with one (`96.9`).
    static func short(_ value: Double) -> String {
        value == value.rounded() ? fixed(value, decimals: 0) : fixed(value, decimals: 1)
    }
}
