import TextFormats
/// A feature identifier: RFC 7946 §3.2 allows a string or a number.
public enum FeatureID: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// A string identifier.
    case string(String)
    /// A numeric identifier.
    case number(Double)

    /// Creates a string identifier.
    public init(stringLiteral value: String) { self = .string(value) }

    /// Creates a numeric identifier.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }

    /// The identifier as it appears in JSON: quoted for strings, shortest form for numbers.
    public var description: String {
        switch self {
        case .string(let string): "\"\(string)\""
        case .number(let number): PropertyNumberFormat.text(number)
        }
    }
}
