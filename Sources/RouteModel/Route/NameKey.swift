import Foundation

/// A name folded for matching: case, diacritics, punctuation and spaces ignored, so that "Ab-I-Gum",
/// "Ab i gum" and "ABIGUM" meet.
public struct NameKey: Hashable, Sendable {
    /// The name case- and diacritic-folded, keeping only letters and digits.
    public let folded: String

    /// The key for `name`.
    public init(_ name: String) {
        let plain = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        folded = String(String.UnicodeScalarView(plain.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }
}
