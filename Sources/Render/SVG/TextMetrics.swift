/// Rough text extents for layout without a font engine: the average advance of a sans-serif face
/// (DejaVu Sans averages about 0.6 em per character; digits are 0.64 em, lower case narrower).
enum TextMetrics {
    /// Estimated width in pixels of `text` at `fontSize`.
    static func width(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.6
    }
}

extension TextMetrics {
    /// `text` broken at spaces into lines of at most `maxWidth` pixels (a single long word stays whole).
    static func wrap(_ text: String, fontSize: Double, maxWidth: Double) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if !line.isEmpty && width(candidate, fontSize: fontSize) > maxWidth {
                lines.append(line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
