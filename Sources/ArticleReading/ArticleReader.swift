import Foundation
import Placement
import RouteModel

/// Reads location clues out of English news text (with Urdu names) by rules over the route's own
/// gazetteer: no network, no model. Each clue keeps its evidence (file, sentence, offsets, rule) and a
/// weight saying how direct the statement was; names that are not the incident's place (the route's
/// endpoints, descriptions, where the injured were taken) are listed as ignored with the reason.
public struct ArticleReader: Sendable {
    /// The route whose names and km posts the texts are read against.
    public let route: Route
    private let finder: MentionFinder
    private let trainKey: SpellingKey

    /// A reader for `route`.
    public init(route: Route) {
        self.route = route
        finder = MentionFinder(gazetteer: PlaceGazetteer(route: route))
        let train = route.document.name.replacingOccurrences(of: #"\s*\(.*\)"#, with: "", options: .regularExpression)
        trainKey = SpellingKey(train)
    }

    /// Reads `texts`, several reports of one incident, into one incident: the clues of every text in
    /// order, each text's repeated statements kept once.
    public func read(_ texts: [ArticleText]) -> ArticleReport {
        var clues: [Clue] = []
        var ignored: [IgnoredName] = []
        var warnings: [String] = []
        for text in texts {
            let result = read(text)
            clues += result.clues
            ignored += result.ignored
            warnings += result.warnings
        }
        let first = texts.first.map { SentenceSplitter.split($0.text).first?.text ?? "" } ?? ""
        let stem = texts.first.map { (($0.file as NSString).lastPathComponent as NSString).deletingPathExtension } ?? ""
        let id = "read-" + (stem.isEmpty || stem == "-" ? "stdin" : stem)
        let title = first.count > 120 ? String(first.prefix(119)) + "…" : first
        let notes = "Read by routemap read from \(texts.map(\.file).joined(separator: ", ")); review every clue against its evidence before relying on it."
        if clues.isEmpty { warnings.append("no location statement found: nothing to place") }
        return ArticleReport(incident: Incident(id: id, title: title, time: "", clues: clues, notes: notes), ignored: ignored, warnings: warnings)
    }

    private func read(_ text: ArticleText) -> (clues: [Clue], ignored: [IgnoredName], warnings: [String]) {
        var readings = SentenceSplitter.split(text.text).map { sentence in
            var r = SentenceReading(sentence: sentence, file: text.file, route: route, mentions: finder.mentions(in: sentence))
            r.readContext()
            r.readTrainAndTimes(trainKey: trainKey)
            r.readTunnels()
            r.readDistances()
            r.readBetween()
            r.readNear()
            r.readIn()
            r.readTerrain()
            r.readCompassRegion()
            return r
        }
        let lines = linesNamed(readings.flatMap(\.clues))
        for i in readings.indices {
            readings[i].readKmPosts(lines: lines)
            for m in readings[i].mentions.indices where !readings[i].used.contains(m) {
                let reason = readings[i].mentions[m].match.target == nil
                    ? "ambiguous name: \(readings[i].mentions[m].match.note ?? "")"
                    : "named, but not as the incident's place (no location statement around it)"
                readings[i].ignore(m, reason)
            }
        }
        var clues: [Clue] = []
        for clue in readings.flatMap(\.clues) where !clues.contains(where: { $0.kind == clue.kind }) {
            clues.append(clue)
        }
        var warnings = readings.flatMap(\.warnings)
        if let elapsed = elapsedClue(readings, warnings: &warnings) { clues.append(elapsed) }
        return (clues, readings.flatMap(\.ignored), warnings)
    }

    /// The lines of the stations the clues name, most named first (for km posts).
    private func linesNamed(_ clues: [Clue]) -> [String] {
        var counts: [String: Int] = [:]
        for clue in clues {
            let names: [String]
            switch clue.kind {
            case .near(let p, _): names = [p]
            case .between(let a, let b): names = [a, b]
            case .distanceFrom(let p, _, _): names = [p]
            default: names = []
            }
            for n in names { if let s = route.station(named: n) { counts[s.line, default: 0] += 1 } }
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
    }

    /// A departure time and an incident time in the same text become an `elapsed` clue; the departure
    /// place is the one named with the time, else the origin of a "from … to …" statement.
    private func elapsedClue(_ readings: [SentenceReading], warnings: inout [String]) -> Clue? {
        let departure = readings.compactMap(\.departure).first
        let incident = readings.compactMap(\.incidentTime).first
        guard let departure, let incident else {
            if let departure { warnings.append("\(departure.evidence.file): a departure time is given ('\(departure.evidence.sentence)') but no time of the incident, so no elapsed clue") }
            return nil
        }
        guard let place = departure.place ?? readings.lazy.compactMap({ $0.routeEnds.first }).first.flatMap({ route.station(named: $0)?.name ?? $0 }) else {
            warnings.append("\(departure.evidence.file): a departure time is given but not where from, so no elapsed clue")
            return nil
        }
        return Clue(.elapsed(place: place, departed: departure.minutes, incident: incident.minutes), weight: 0.4,
                    note: "incident time from '\(incident.evidence.sentence)' (\(incident.evidence.start)–\(incident.evidence.end))",
                    evidence: ClueEvidence(file: departure.evidence.file, sentence: departure.evidence.sentence,
                                           start: departure.evidence.start, end: departure.evidence.end, rule: "elapsed",
                                           sentenceStart: departure.evidence.sentenceStart))
    }
}
