/// Escaping for XML 1.0 text and attribute values.
enum XMLText {
    /// Text content: `&`, `<` and `>` escaped; characters XML 1.0 forbids are dropped.
    static func escapedText(_ text: String) -> String {
        escaped(text, quotes: false)
    }

    /// A double-quoted attribute value: also `"` and `'` escaped.
    static func escapedAttribute(_ value: String) -> String {
        escaped(value, quotes: true)
    }

    private static func escaped(_ text: String, quotes: Bool) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where quotes: output += "&quot;"
            case "'" where quotes: output += "&apos;"
            default:
                if isAllowed(scalar) { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }

    /// XML 1.0 `Char`: tab, newline, carriage return, and everything from U+0020 except U+FFFE/U+FFFF
    /// (surrogates cannot occur in a Swift `Unicode.Scalar`).
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
