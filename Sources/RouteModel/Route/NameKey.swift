import Foundation

/// A name folded for matching: case, diacritics, punctuation and spaces ignored, so that "Ab-I-Gum",
/// "Ab i gum" and "ABIGUM" meet.
public struct NameKey: Hashable, Sendable {
    public let folded: String

    public init(_ name: String) {
        let plain = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        folded = String(String.UnicodeScalarView(plain.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }
}
