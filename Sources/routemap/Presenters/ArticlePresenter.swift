import ArticleReading
import Foundation
import TextFormats
import Placement

/// `routemap read`'s output: the incident in the incident-file format (GeoData/FORMAT.md) with each
/// clue's `evidence`, plus `ignored` names and `warnings`; or a readable listing of each clue next to
/// its sentence.
enum ArticlePresenter {
    /// The report as an incident file that `place` reads back unchanged.
    static func json(_ report: ArticleReport) -> JSONObject {
        var o = JSONObject()
        o["id"] = .string(report.incident.id)
        o["title"] = .string(report.incident.title)
        o["clues"] = .array(report.incident.clues.map { .object(clueJSON($0)) })
        o["notes"] = .string(report.incident.notes)
        o["ignored"] = .array(report.ignored.map { i in
            .object(["name": .string(i.name), "reason": .string(i.reason), "evidence": .object(evidenceJSON(i.evidence))])
        })
        o["warnings"] = .array(report.warnings.map(JSONValue.string))
        return o
    }

    /// One clue in the incident-file form.
    static func clueJSON(_ clue: Clue) -> JSONObject {
        var o = JSONObject()
        switch clue.kind {
        case .tunnel(let t): o["tunnel"] = .string(t)
        case .between(let a, let b): o["between"] = .array([.string(a), .string(b)])
        case .distanceFrom(let place, let km, let by):
            o["distance_from"] = .string(place)
            o["km"] = .number(km)
            o["by"] = .string(by.rawValue)
        case .area(let name): o["area"] = .string(name)
        case .near(let place, let within):
            o["near"] = .string(place)
            if let within { o["within_km"] = .number(within) }
        case .kmPost(let post, let line):
            o["km_post"] = .number(post)
            o["line"] = .string(line)
        case .chainage(let km): o["chainage_km"] = .number(km)
        case .at(let lon, let lat, let accuracy):
            o["at"] = .array([.number(lon), .number(lat)])
            o["accuracy_m"] = .number(accuracy)
        case .terrain(let kind): o["terrain"] = .string(kind)
        case .province(let name): o["province"] = .string(name)
        case .elapsed(let place, let departed, let incident):
            o["elapsed"] = .string(place)
            o["departed"] = .string(Clue.clock(departed))
            o["incident_time"] = .string(Clue.clock(incident))
        }
        o["weight"] = .number(clue.weight)
        if let source = clue.source { o["source"] = .string(source) }
        if let note = clue.note { o["note"] = .string(note) }
        if let evidence = clue.evidence { o["evidence"] = .object(evidenceJSON(evidence)) }
        return o
    }

    static func evidenceJSON(_ e: ClueEvidence) -> JSONObject {
        var o: JSONObject = ["file": .string(e.file), "sentence": .string(e.sentence)]
        if let s = e.sentenceStart { o["sentence_start"] = .number(Double(s)) }
        o["start"] = .number(Double(e.start))
        o["end"] = .number(Double(e.end))
        o["rule"] = .string(e.rule)
        return o
    }

    /// Each clue next to its sentence, the statement marked with ⟦ ⟧; then the ignored names and warnings.
    static func text(_ report: ArticleReport) -> String {
        var lines: [String] = ["\(report.incident.id): \(report.incident.clues.count) clue(s), \(report.ignored.count) name(s) ignored"]
        for (i, clue) in report.incident.clues.enumerated() {
            lines.append("")
            lines.append("clues[\(i)] \(clue.kindName): \(clue.summary)   weight \(String(format: "%.1f", clue.weight))" + (clue.evidence.map { "   rule \($0.rule)" } ?? ""))
            if let e = clue.evidence { lines.append("    \(e.file): \(marked(e))") }
            if let note = clue.note { lines.append("    note: \(note)") }
        }
        if !report.ignored.isEmpty {
            lines.append("")
            lines.append("ignored:")
            for i in report.ignored { lines.append("  \(i.name): \(i.reason)") }
        }
        if !report.warnings.isEmpty {
            lines.append("")
            lines.append("warnings:")
            for w in report.warnings { lines.append("  \(w)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The evidence's sentence with the statement between ⟦ and ⟧.
    private static func marked(_ e: ClueEvidence) -> String {
        let scalars = Array(e.sentence.unicodeScalars)
        let sentenceStart = e.start - (e.sentenceStart ?? e.start)
        let a = max(0, min(scalars.count, sentenceStart)), b = max(a, min(scalars.count, sentenceStart + e.end - e.start))
        func s(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[r])) }
        return s(0..<a) + "⟦" + s(a..<b) + "⟧" + s(b..<scalars.count)
    }
}
