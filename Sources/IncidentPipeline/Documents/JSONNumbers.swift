import GeoJSON
import Placement
import TextFormats

/// Rounded numbers and optionals as JSON values for the documents (rounding: `Double.rounded(to:)`).
enum JSONNumbers {
    /// `value` rounded to `decimals` places.
    static func rounded(_ value: Double, _ decimals: Int) -> JSONValue {
        .number(value.rounded(to: decimals))
    }

    /// `value` rounded, or null.
    static func rounded(_ value: Double?, _ decimals: Int) -> JSONValue {
        value.map { rounded($0, decimals) } ?? .null
    }

    /// [lower, upper] rounded.
    static func range(_ r: ClosedRange<Double>, _ decimals: Int) -> JSONValue {
        .array([rounded(r.lowerBound, decimals), rounded(r.upperBound, decimals)])
    }

    /// A chainage set's pieces as [[a, b], …] in km.
    static func pieces(_ set: ChainageSet) -> JSONValue {
        .array(set.pieces.map { range($0, 3) })
    }
}
