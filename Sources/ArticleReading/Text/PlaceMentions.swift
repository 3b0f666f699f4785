import Foundation
import Placement

/// A name of the route found in a sentence.
struct PlaceMention {
    /// The words as written, without a possessive "'s".
    let surface: String
    /// What it matched.
    let match: NameMatch
    /// The words' range in the sentence (UTF-16).
    let range: NSRange
    /// Whether it was written as a possessive ("Balochistan's").
    let possessive: Bool
}

/// Finds the route's names in a sentence: the longest run of capitalised words (or words in another
/// script) that the gazetteer matches, scanning left to right.
struct MentionFinder {
    let gazetteer: PlaceGazetteer

    private static let word = try! NSRegularExpression(pattern: #"[\p{L}\p{M}\p{N}]+(?:['’.\-](?!bound\b)[\p{L}\p{M}\p{N}]+)*"#, options: [.caseInsensitive])
    /// Capitalised English words that are never place names here, so fuzzy matching skips them.
    private static let commonWords: Set<String> = [
        "the", "a", "an", "on", "in", "at", "of", "to", "from", "and", "or", "but", "he", "she", "it", "they", "we", "his", "her",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "police", "army", "security", "prime",
        "minister", "pakistan", "pakistani", "railways", "railway", "express", "train", "passengers", "officials", "government",
        "provincial", "federal", "district", "province", "tunnel", "station", "the", "said", "according", "about", "around",
        "near", "between", "later", "after", "before", "this", "that", "these", "those", "there", "when", "while", "some", "many",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "officials", "official", "sources", "minister",
    ]

    /// Every mention in `sentence`, in order, not overlapping.
    func mentions(in sentence: TextSentence) -> [PlaceMention] {
        let tokens = Self.word.matches(in: sentence.text, range: NSRange(location: 0, length: sentence.ns.length)).map(\.range)
        var found: [PlaceMention] = []
        var i = 0
        while i < tokens.count {
            var matched = false
            for n in stride(from: min(gazetteer.maxWords + 1, tokens.count - i), through: 1, by: -1) {
                let span = NSRange(location: tokens[i].location, length: NSMaxRange(tokens[i + n - 1]) - tokens[i].location)
                var surface = sentence.substring(span)
                let words = tokens[i..<(i + n)].map { sentence.substring($0) }
                guard words.allSatisfy(Self.isNameWord) else { continue }
                var possessive = false
                var range = span
                for suffix in ["'s", "’s"] where surface.hasSuffix(suffix) {
                    surface.removeLast(suffix.count)
                    range.length -= (suffix as NSString).length
                    possessive = true
                }
                guard let match = gazetteer.match(surface) else { continue }
                if case .exact = match {} else if i == 0 || !Self.fuzzyAllowed(words) { continue }
                found.append(PlaceMention(surface: surface, match: match, range: range, possessive: possessive))
                i += n
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        return found
    }

    /// A word that can be part of a name: starts with a capital letter or a digit, or is not in a cased script.
    private static func isNameWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        if first.properties.isUppercase { return true }
        if first.properties.isLowercase { return false }
        return first.properties.isAlphabetic
    }

    /// Fuzzy (spelling or leading-word) matches need words of some length that are not common words,
    /// and never take a sentence's first word (capitalised whatever it is).
    private static func fuzzyAllowed(_ words: [String]) -> Bool {
        let plain = words.map { $0.lowercased().replacingOccurrences(of: "'s", with: "").replacingOccurrences(of: "’s", with: "") }
        if plain.contains(where: { commonWords.contains($0) }) { return false }
        return plain.joined().count >= 4
    }
}
