import Foundation
import Placement
import RouteModel

/// The reading of one sentence: its place mentions, which of them rules have used, and what the
/// rules found. Rules run in a fixed order; a mention used by one rule is not used again.
struct SentenceReading {
    let sentence: TextSentence
    let file: String
    let route: Route
    let mentions: [PlaceMention]
    var used = Set<Int>()
    var clues: [Clue] = []
    var ignored: [IgnoredName] = []
    var warnings: [String] = []
    /// A departure stated in this sentence: place (nil when not named) and minutes after midnight.
    var departure: (place: String?, minutes: Int, evidence: ClueEvidence)?
    /// An incident time stated in this sentence.
    var incidentTime: (minutes: Int, evidence: ClueEvidence)?
    /// Route endpoints named in this sentence ("from Quetta to Peshawar"), origin first.
    var routeEnds: [String] = []

    var lower: String { sentence.text.lowercased() }

    /// Evidence for `range` of this sentence.
    func evidence(_ range: NSRange, rule: String) -> ClueEvidence {
        let (start, end) = sentence.offsets(range)
        return ClueEvidence(file: file, sentence: sentence.text, start: start, end: end, rule: rule, sentenceStart: sentence.start)
    }

    /// Every match of `pattern` (case-insensitive) in the sentence.
    func matches(_ pattern: NSRegularExpression) -> [NSTextCheckingResult] {
        pattern.matches(in: sentence.text, range: NSRange(location: 0, length: sentence.ns.length))
    }

    /// The text of capture group `group` of `match`, nil when it did not take part.
    func group(_ match: NSTextCheckingResult, _ group: Int) -> String? {
        let r = match.range(at: group)
        return r.location == NSNotFound ? nil : sentence.substring(r)
    }

    private static let lead = try! NSRegularExpression(pattern: #"^[\s,]*(?:the\s+)?(?:(?:town|city|village|station|area|district|province)\s+of\s+)?"#, options: [.caseInsensitive])

    /// The unused mention starting at `position` (UTF-16), skipping "the", "town of" and the like.
    func mention(at position: Int) -> Int? {
        guard position <= sentence.ns.length else { return nil }
        let rest = NSRange(location: position, length: sentence.ns.length - position)
        let skip = Self.lead.firstMatch(in: sentence.text, range: rest)?.range.length ?? 0
        return mentions.indices.first { !used.contains($0) && mentions[$0].range.location == position + skip }
    }

    /// The range from `a` to the end of mention `m`.
    func span(_ a: NSRange, through m: Int) -> NSRange {
        NSRange(location: a.location, length: max(NSMaxRange(a), NSMaxRange(mentions[m].range)) - a.location)
    }

    /// Adds a clue read from `range` by `rule`.
    mutating func add(_ kind: ClueKind, weight: Double, range: NSRange, rule: String, note: String? = nil) {
        clues.append(Clue(kind, weight: weight, note: note, evidence: evidence(range, rule: rule)))
    }

    /// Marks mention `m` as ignored for `reason`.
    mutating func ignore(_ m: Int, _ reason: String) {
        guard !used.contains(m) else { return }
        used.insert(m)
        ignored.append(IgnoredName(name: mentions[m].surface, reason: reason, evidence: evidence(mentions[m].range, rule: "ignored")))
    }

    /// The station or shape point mention `m` names, for clues that need a point on the line.
    func pointName(_ m: Int) -> String? {
        switch mentions[m].match.target {
        case .station(let name)?, .shapePoint(let name)?: name
        default: nil
        }
    }

    /// A note for a fuzzy match of mention `m`.
    func matchNote(_ m: Int) -> String? { mentions[m].match.note }

    /// A regular expression, case-insensitive.
    static func regex(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }
}
