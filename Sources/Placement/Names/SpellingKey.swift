import Foundation
import RouteModel

/// A key under which the usual English spellings of one Urdu, Balochi or Sindhi place name meet, so
/// "Mashkaf", "Mushkaf", "Mushqaf" and "Mashkaaf" are one name without hand-written aliases.
///
/// Built from the name folded to lower-case ASCII letters and digits:
/// 1. words in parentheses and the generic words `junction`, `jn`, `railway`, `station`, `road` are
///    dropped; `cantonment` and `cant` are written `cantt`;
/// 2. a final `n` after a vowel is dropped on names of 6 letters or more (the nasal noon ghunna,
///    "Channun"/"Channu");
/// 3. `q` → `k` ("Sadiqabad"/"Sadikabad"), `v` → `w`;
/// 4. every `h` but a leading one is dropped: aspirates and digraphs (`kh`/`k`, `gh`/`g`, `dh`/`d`,
///    `chh`/`ch`, `sh`/`s`) and the silent h after vowels ("Pehro"/"Paharo", "Dhadar"/"Dadhar");
/// 5. doubled letters become single ("Nuttall"/"Nutall", "Sibbi"/"Sibi");
/// 6. `w`/`y` after a vowel and before a consonant or the end act as vowels ("Nowshera"/"Naushera");
/// 7. a leading vowel becomes `a` ("Eminabad"/"Aminabad") and every other vowel is dropped, which
///    also removes the `-e-`/`-i-` connectors ("Sar-e-Ab"/"Sar-I-Ab"/"Sariab") and the vowel
///    variants of `-abad`/`-abaad`, `ee`/`i`, `oo`/`u`.
/// Names in other scripts keep their `NameKey` (no romanisation rules apply).
///
/// The key is coarse by design; `SpellingKeyTests` measures it on the route: no two stations share a
/// key, and how many of stations.csv's aliases it reaches.
public struct SpellingKey: Hashable, Sendable, CustomStringConvertible {
    /// The key's letters, e.g. `mskf`.
    public let value: String

    /// The key for `name`.
    public init(_ name: String) {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let latin = folded.unicodeScalars.allSatisfy { $0.isASCII || !$0.properties.isAlphabetic }
        guard latin else {
            value = NameKey(name).folded
            return
        }
        value = Self.romanKey(folded)
    }

    public var description: String { value }

    private static let generic: Set<String> = ["junction", "jn", "railway", "station", "road"]
    private static let abbreviations = ["cantonment": "cantt", "cant": "cantt"]
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    private static func romanKey(_ text: String) -> String {
        var plain = ""
        var depth = 0
        for c in text {
            if c == "(" { depth += 1; plain.append(" "); continue }
            if c == ")" { depth = max(0, depth - 1); plain.append(" "); continue }
            if depth == 0 { plain.append(c) }
        }
        let words = plain.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map { abbreviations[String($0)] ?? String($0) }
        let kept = words.filter { !generic.contains($0) }
        var s = Array((kept.isEmpty ? words : kept).joined())
        guard !s.isEmpty else { return "" }
        if s.count >= 6, s.last == "n", vowels.contains(s[s.count - 2]) { s.removeLast() }
        s = s.map { $0 == "q" ? "k" : $0 == "v" ? "w" : $0 }
        s = s.enumerated().filter { $0.offset == 0 || $0.element != "h" }.map(\.element)
        var single: [Character] = []
        for c in s where single.last != c { single.append(c) }
        s = single
        for i in s.indices.dropFirst() where (s[i] == "w" || s[i] == "y") && vowels.contains(s[i - 1])
            && (i + 1 == s.count || !vowels.contains(s[i + 1])) {
            s[i] = "a"
        }
        let first: Character = vowels.contains(s[0]) ? "a" : s[0]
        return String([first] + s.dropFirst().filter { !vowels.contains($0) })
    }
}
