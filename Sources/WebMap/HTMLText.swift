/// Text made safe for HTML.
enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, for element content and quoted attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// `text` that cannot close an HTML comment early (`--` becomes `- -`).
    static func comment(_ text: String) -> String {
        var out = text
        while out.contains("--") { out = out.replacingOccurrences(of: "--", with: "- -") }
        return out
    }
}
