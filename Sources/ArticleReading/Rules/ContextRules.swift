import Foundation
import Placement

/// Rules for names that are not the incident's place: the route's endpoints, descriptions, where
/// people were taken or help came from; and the train's name and the times of departure and attack.
extension SentenceReading {
    private static let fromTo = regex(#"\bfrom\s+"#)
    private static let toWord = regex(#"^(?:[\s,]*(?:to|towards|for|till|until|up to)\s+)"#)
    private static let bound = regex(#"\b(?:bound for|heading (?:to|towards|for)|headed (?:to|towards|for)|en route to|on its way to|travell?ing to|going to|destined for|destination,?)\s+"#)
    private static let boundSuffix = regex(#"[-‐–]bound\b"#)
    private static let capital = regex(#"\b(?:capital|provincial capital|capital city)(?:\s+of\s+[\p{L}\s]+?)?,?\s+"#)
    private static let aftermath = regex(#"\b(?:taken|shifted|moved|rushed|brought|transported|airlifted|evacuated|sent|returned|arrived|reached|flown|dispatched|despatched|carried)\s+(?:back\s+)?(?:to|in|at|from)\s+"#)
    private static let helpFrom = regex(#"\b(?:relief train|rescue train|ambulances?|helicopters?|commandos|troops|reinforcements|doctors|teams?)\s+(?:was\s+|were\s+)?(?:sent\s+|dispatched\s+|despatched\s+|arrived\s+|came\s+|coming\s+)?from\s+"#)
    private static let hospital = regex(#"\b(?:hospital|hospitals|cmh|medical complex)\s+(?:in|at|of)\s+"#)
    private static let hospitalAfter = regex(#"^\s*(?:'s\s+)?(?:civil\s+|district\s+|combined military\s+|cmh\s+)?(?:hospital|cmh|medical)"#)
    private static let trainName = regex(#"\b(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)\s+(Express|Mail|Passenger)\b"#)
    private static let departure = regex(#"\b(?:left|departed(?:\s+from)?|set off from|set out from|started from|pulled out of)\s+(?:(?:the\s+)?(\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)(?:\s+(?:railway\s+)?station)?\s+)?(?:at|around|at around|at about|about|shortly after|just after)\s+(?:around\s+|about\s+)?"# + clockPattern)
    private static let incident = regex(#"\b(?:attacked|ambushed|stopped|hijacked|hit|struck|targeted|fired on|seized|blown up|exploded|explosion|blast|attack|hijacking|went off|came under)\b[^.]*?\b(?:at|around|at around|at about|about|shortly after|just after)\s+(?:around\s+|about\s+)?"# + clockPattern)
    private static let incidentBefore = regex(#"\b(?:at|around|at around|at about|about)\s+(?:around\s+|about\s+)?"# + clockPattern + #"[^.]*?\b(?:attacked|ambushed|stopped|hijacked|targeted|fired on|seized|blown up|exploded|went off|came under)\b"#)
    static let clockPattern = #"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|hrs|hours)?(?![\d])"#

    /// Names the route's endpoints, descriptions of a place, and where people were taken or help came
    /// from: these names are recorded as ignored with the reason.
    mutating func readContext() {
        // "from X (…) to Y": every name from X to Y is the route, not the place.
        for m in matches(Self.fromTo) {
            guard let a = mention(at: NSMaxRange(m.range)) else { continue }
            var names = [a]
            var end = NSMaxRange(mentions[a].range)
            // skip a description before the origin's name: "from Balochistan's capital, Quetta, to"
            if mentions[a].possessive || isProvince(a), let capital = Self.capital.firstMatch(in: sentence.text, range: rest(from: end)),
               capital.range.location <= end + 3, let real = mention(at: NSMaxRange(capital.range)) {
                names.append(real)
                end = NSMaxRange(mentions[real].range)
            }
            let afterOrigin = rest(from: end)
            guard let to = Self.toWord.firstMatch(in: sentence.text, range: skippingCommas(afterOrigin)) ?? Self.toWord.firstMatch(in: sentence.text, range: afterOrigin),
                  let b = mention(at: NSMaxRange(to.range)) else { continue }
            names.append(b)
            let phrase = NSRange(location: m.range.location, length: NSMaxRange(mentions[b].range) - m.range.location)
            let quote = "'\(sentence.substring(phrase))'"
            for n in names { ignore(n, "route endpoint: \(quote)") }
            routeEnds = [mentions[names[names.count == 3 ? 1 : 0]].surface, mentions[b].surface]
            describeFollowing(b, reason: "describes \(mentions[b].surface), a route endpoint")
        }
        for m in matches(Self.bound) {
            guard let a = mention(at: NSMaxRange(m.range)) else { continue }
            ignore(a, "route endpoint: '\(sentence.substring(span(m.range, through: a)))'")
            describeFollowing(a, reason: "describes \(mentions[a].surface), a route endpoint")
        }
        for m in matches(Self.boundSuffix) {
            if let a = mentions.indices.first(where: { NSMaxRange(mentions[$0].range) == m.range.location }) {
                ignore(a, "route endpoint: '\(sentence.substring(span(mentions[a].range, through: a)))-bound'")
            }
        }
        // "Balochistan's capital, Quetta" / "the provincial capital Quetta"
        for m in matches(Self.capital) {
            guard let a = mention(at: NSMaxRange(m.range)) else { continue }
            ignore(a, "description: '\(sentence.substring(span(m.range, through: a)))'")
            if let owner = mentions.indices.first(where: { mentions[$0].possessive && NSMaxRange(mentions[$0].range) + 3 >= m.range.location && mentions[$0].range.location < m.range.location }) {
                ignore(owner, "description: '\(sentence.substring(span(mentions[owner].range, through: a)))'")
            }
        }
        for (pattern, reason) in [(Self.aftermath, "where people were taken or went afterwards"), (Self.helpFrom, "where help came from"), (Self.hospital, "a hospital's town")] {
            for m in matches(pattern) {
                guard let a = mention(at: NSMaxRange(m.range)) else { continue }
                ignore(a, "\(reason): '\(sentence.substring(span(m.range, through: a)))'")
            }
        }
        for i in mentions.indices where !used.contains(i) {
            let after = rest(from: NSMaxRange(mentions[i].range))
            if Self.hospitalAfter.firstMatch(in: sentence.text, range: after) != nil {
                ignore(i, "a hospital's name: '\(sentence.substring(NSRange(location: mentions[i].range.location, length: min(sentence.ns.length - mentions[i].range.location, mentions[i].range.length + 12))))…'")
            }
        }
    }

    /// Reads the train's name (another train is a warning) and departure and incident times.
    mutating func readTrainAndTimes(trainKey: SpellingKey) {
        for m in matches(Self.trainName) {
            let words = (group(m, 1) ?? "").split(separator: " ").filter { !["the", "a", "an"].contains($0.lowercased()) }
            let name = (words.map(String.init) + [group(m, 2) ?? ""]).joined(separator: " ")
            if SpellingKey(name) != trainKey {
                warnings.append("\(file): the report names another train, '\(name)' ('\(sentence.text)'); check that it is about this route's train")
            }
        }
        if let m = matches(Self.departure).first, let minutes = Self.minutes(self, m, hour: 2) {
            var place: String?
            if let r = Optional(m.range(at: 1)), r.location != NSNotFound, let a = mentions.indices.first(where: { mentions[$0].range.location == r.location }) {
                place = pointName(a)
                ignore(a, "departure place: '\(sentence.substring(m.range))'")
            }
            departure = (place, minutes, evidence(m.range, rule: "departure-time"))
        }
        if let m = matches(Self.incident).first ?? matches(Self.incidentBefore).first, let minutes = Self.minutes(self, m, hour: 1) {
            incidentTime = (minutes, evidence(m.range, rule: "incident-time"))
        }
    }

    /// Minutes after midnight from the clock groups starting at `hour` (hour, minutes, am/pm); nil when
    /// the figures are not a time (no am/pm and no minutes, or out of range).
    static func minutes(_ reading: SentenceReading, _ m: NSTextCheckingResult, hour: Int) -> Int? {
        guard let h = reading.group(m, hour).flatMap({ Int($0) }) else { return nil }
        let minute = reading.group(m, hour + 1).flatMap { Int($0) }
        let suffix = reading.group(m, hour + 2)?.lowercased().replacingOccurrences(of: ".", with: "")
        guard suffix != nil || minute != nil else { return nil }
        guard (0...59).contains(minute ?? 0) else { return nil }
        var hours = h
        switch suffix {
        case "am": guard (1...12).contains(h) else { return nil }; hours = h == 12 ? 0 : h
        case "pm": guard (1...12).contains(h) else { return nil }; hours = h == 12 ? 12 : h + 12
        default: guard (0...23).contains(h) else { return nil }
        }
        return hours * 60 + (minute ?? 0)
    }

    /// "Peshawar in Khyber Pakhtunkhwa province": a province or district right after mention `m` describes it.
    private mutating func describeFollowing(_ m: Int, reason: String) {
        let after = rest(from: NSMaxRange(mentions[m].range))
        guard let next = mentions.indices.first(where: { !used.contains($0) && mentions[$0].range.location > NSMaxRange(mentions[m].range) }),
              isProvince(next) else { return }
        let gap = sentence.substring(NSRange(location: after.location, length: mentions[next].range.location - after.location))
        if gap.trimmingCharacters(in: .whitespaces).lowercased().range(of: #"^(,|in|in the|of|,\s*in)?\s*(province of|the province of)?$"#, options: .regularExpression) != nil {
            ignore(next, reason)
        }
    }

    func isProvince(_ m: Int) -> Bool {
        switch mentions[m].match.target {
        case .province?, .district?: true
        default: false
        }
    }

    func rest(from location: Int) -> NSRange {
        NSRange(location: min(location, sentence.ns.length), length: max(0, sentence.ns.length - location))
    }

    private func skippingCommas(_ range: NSRange) -> NSRange {
        var r = range
        while r.length > 0, [",", " "].contains(sentence.ns.substring(with: NSRange(location: r.location, length: 1))) {
            r.location += 1
            r.length -= 1
        }
        return r
    }
}
