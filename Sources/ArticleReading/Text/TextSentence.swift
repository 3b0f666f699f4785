import Foundation

/// One sentence of a text, with where it starts in the text.
struct TextSentence {
    /// The sentence as written (trimmed).
    let text: String
    /// The file's text offset (Unicode code points) of the sentence's first character.
    let start: Int
    /// The sentence as an NSString, for regular expressions.
    let ns: NSString

    init(text: String, start: Int) {
        self.text = text
        self.start = start
        ns = text as NSString
    }

    /// The text's code-point offsets of a UTF-16 range of this sentence.
    func offsets(_ range: NSRange) -> (start: Int, end: Int) {
        (start + codePoints(upTo: range.location), start + codePoints(upTo: range.location + range.length))
    }

    /// The number of code points in the first `utf16` UTF-16 units of the sentence.
    func codePoints(upTo utf16: Int) -> Int {
        let view = text.utf16
        let index = view.index(view.startIndex, offsetBy: min(max(0, utf16), view.count))
        let scalarIndex = index.samePosition(in: text.unicodeScalars) ?? text.unicodeScalars.index(before: index)
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: scalarIndex)
    }

    /// The sentence's text in `range`.
    func substring(_ range: NSRange) -> String { ns.substring(with: range) }
}

/// Splits text into sentences: after `.`, `!` or `?` (and any closing quotes or brackets) followed by
/// white space, and at line breaks; common abbreviations ("No.", "Mr.", "km.", initials) do not end
/// a sentence.
enum SentenceSplitter {
    private static let abbreviations: Set<String> = ["no", "nos", "mr", "mrs", "ms", "dr", "st", "km", "kms", "sr", "jr", "lt", "col", "gen", "capt", "maj", "brig", "govt", "approx", "vs", "etc", "ft", "sq", "u.s", "p.m", "a.m", "e.g", "i.e"]

    static func split(_ text: String) -> [TextSentence] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [TextSentence] = []
        var start = 0
        var i = 0
        func flush(_ end: Int) {
            var a = start, b = end
            while a < b, CharacterSet.whitespacesAndNewlines.contains(scalars[a]) { a += 1 }
            while b > a, CharacterSet.whitespacesAndNewlines.contains(scalars[b - 1]) { b -= 1 }
            if b > a {
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[a..<b])
                sentences.append(TextSentence(text: String(s), start: a))
            }
            start = end
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" || c == "\r" || c == "\u{2029}" {
                flush(i + 1)
            } else if c == "." || c == "!" || c == "?" || c == "。" || c == "۔" || c == "؟" {
                var j = i + 1
                while j < scalars.count, "\"'”’)]»".unicodeScalars.contains(scalars[j]) { j += 1 }
                if j == scalars.count || CharacterSet.whitespacesAndNewlines.contains(scalars[j]) {
                    if c != "." || endsSentence(scalars, dot: i, next: j) {
                        flush(j)
                        i = j
                        continue
                    }
                }
            }
            i += 1
        }
        flush(scalars.count)
        return sentences
    }

    /// Whether a dot ends the sentence: not after a title or "No." or an initial; after "km" or "etc"
    /// only when a sentence visibly starts next.
    private static func endsSentence(_ s: [Unicode.Scalar], dot: Int, next: Int) -> Bool {
        var a = dot
        while a > 0, s[a - 1].properties.isAlphabetic || s[a - 1] == "." { a -= 1 }
        let word = String(String.UnicodeScalarView(s[a..<dot])).lowercased()
        if word.count == 1, s[a].properties.isUppercase { return false }
        guard abbreviations.contains(word) else { return true }
        return ["km", "kms", "etc", "ft"].contains(word) && nextStartsSentence(s, from: next)
    }

    /// Whether the next non-space character starts a sentence (upper case letter or a quote).
    private static func nextStartsSentence(_ s: [Unicode.Scalar], from j: Int) -> Bool {
        var k = j
        while k < s.count, CharacterSet.whitespaces.contains(s[k]) { k += 1 }
        guard k < s.count else { return true }
        return s[k].properties.isUppercase || "\"“‘'".unicodeScalars.contains(s[k])
    }
}
