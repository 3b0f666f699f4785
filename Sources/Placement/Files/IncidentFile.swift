import Foundation
import GeoJSON
import TextFormats

/// A problem in an incident file, naming the JSON path and what was expected there.
public struct IncidentFileError: Error, CustomStringConvertible, Equatable {
    /// The file, when known.
    public var file: String?
    /// E.g. `clues[2].km`; empty for the whole document.
    public var path: String
    /// What was expected, e.g. "expected a number".
    public var message: String

    /// E.g. `JE-1.json: clues[2].km: expected a number`.
    public var description: String {
        [file, path.isEmpty ? nil : path].compactMap { $0 }.joined(separator: ": ") + (file == nil && path.isEmpty ? "" : ": ") + message
    }
}

/// Reads incident files (`incidents/<id>.json`, see GeoData/FORMAT.md) into `Incident`s.
///
/// The JSON is parsed by the GeoJSON module's strict `JSONParser` (syntax errors give line and column);
/// every value is then checked with its path, so an error reads like `clues[2].km: expected a number`. Unknown keys are refused (a misspelt
/// `withn_km` would otherwise be silently ignored).
public enum IncidentFile {
    /// The clue kinds and the extra keys each allows besides `source`, `weight` and `note`.
    static let kinds: [String: Set<String>] = [
        "tunnel": [], "between": [], "distance_from": ["km", "by"], "area": [], "near": ["within_km"],
        "km_post": ["line"], "chainage_km": [], "at": ["accuracy_m"],
        "terrain": [], "province": [], "elapsed": ["departed", "incident_time"],
    ]

    /// Parses an incident file's text.
    public static func parse(_ text: String, file: String? = nil) throws(IncidentFileError) -> Incident {
        let root: JSONValue
        do {
            root = try JSONParser.parse(text)
        } catch {
            throw IncidentFileError(file: file, path: "", message: error.description)
        }
        do {
            return try incident(JSONAt(value: root, path: ""))
        } catch let e {
            throw IncidentFileError(file: file, path: e.path, message: e.message)
        }
    }

    private static func incident(_ root: JSONAt) throws(IncidentFileError) -> Incident {
        let object = try root.object(allowing: ["id", "title", "time", "clues", "notes", "ignored", "warnings"])
        try checkReadingNotes(object)
        let id = try object.required("id").string()
        let timeValue = object.optional("time")
        let time = try timeValue?.string() ?? ""
        if let timeValue, ISO8601DateFormatter().date(from: time) == nil {
            throw timeValue.error("expected an ISO 8601 time with a UTC offset, e.g. 2025-03-11T13:00:00+05:00, not '\(time)'")
        }
        let clues = try object.required("clues").array().map { c throws(IncidentFileError) in try clue(c) }
        return Incident(id: id, title: try object.optional("title")?.string() ?? "", time: time, clues: clues,
                        notes: try object.optional("notes")?.string() ?? "")
    }

    private static func clue(_ value: JSONAt) throws(IncidentFileError) -> Clue {
        let keys = try value.object(allowing: nil).keys
        let found = keys.filter { kinds[$0] != nil }.sorted()
        guard found.count == 1, let kind = found.first else {
            throw value.error(found.isEmpty
                ? "expected one clue kind: \(kinds.keys.sorted().joined(separator: ", "))"
                : "has several clue kinds (\(found.joined(separator: ", "))); give one per clue")
        }
        let o = try value.object(allowing: kinds[kind]!.union([kind, "source", "weight", "note", "evidence"]))
        let main = try o.required(kind)
        let clueKind: ClueKind
        switch kind {
        case "tunnel":
            clueKind = .tunnel(try main.stringOrInteger())
        case "between":
            let pair = try main.array()
            guard pair.count == 2 else { throw main.error("expected two place names, got \(pair.count)") }
            clueKind = .between(try pair[0].string(), try pair[1].string())
        case "distance_from":
            let byValue = try o.required("by")
            let by = try byValue.string()
            guard let mode = DistanceMode(rawValue: by) else { throw byValue.error("expected rail, road or straight, not '\(by)'") }
            clueKind = .distanceFrom(place: try main.string(), km: try o.required("km").number(in: 0...), by: mode)
        case "area":
            clueKind = .area(try main.string())
        case "terrain":
            clueKind = .terrain(try main.string())
        case "province":
            clueKind = .province(try main.string())
        case "elapsed":
            func clock(_ key: String) throws(IncidentFileError) -> Int {
                let value = try o.required(key)
                guard let minutes = Clue.minutes(clock: try value.string()) else { throw value.error("expected a 24-hour local time HH:MM, e.g. 09:00") }
                return minutes
            }
            clueKind = .elapsed(place: try main.string(), departed: try clock("departed"), incident: try clock("incident_time"))
        case "near":
            let within = try o.optional("within_km")?.number(in: 0...)
            clueKind = .near(place: try main.string(), withinKm: within)
        case "km_post":
            clueKind = .kmPost(post: try main.number(in: 0...), line: try o.required("line").string())
        case "chainage_km":
            clueKind = .chainage(km: try main.number(in: 0...))
        default: // "at"
            let pair = try main.array()
            guard pair.count == 2 else { throw main.error("expected [lon, lat], got \(pair.count) numbers") }
            clueKind = .at(lon: try pair[0].number(in: -180...180), lat: try pair[1].number(in: -90...90),
                           accuracyM: try o.required("accuracy_m").number(in: 0...))
        }
        return Clue(clueKind, source: try o.optional("source")?.string(), weight: try o.optional("weight")?.number(in: 0...1) ?? 1,
                    note: try o.optional("note")?.string(), evidence: try o.optional("evidence").map { e throws(IncidentFileError) in try evidence(e) })
    }

    /// A clue's `evidence` as `routemap read` writes it.
    private static func evidence(_ value: JSONAt) throws(IncidentFileError) -> ClueEvidence {
        let o = try value.object(allowing: ["file", "sentence", "sentence_start", "start", "end", "rule"])
        let start = try o.required("start").number(in: 0...), end = try o.required("end").number(in: 0...)
        let sentenceStart = try o.optional("sentence_start")?.number(in: 0...)
        guard [start, end, sentenceStart ?? 0].allSatisfy({ $0 == $0.rounded() && $0 < 1e15 }), end >= start, (sentenceStart ?? 0) <= start else {
            throw value.error("expected whole character offsets with sentence_start ≤ start ≤ end")
        }
        return ClueEvidence(file: try o.required("file").string(), sentence: try o.required("sentence").string(),
                            start: Int(start), end: Int(end), rule: try o.required("rule").string(), sentenceStart: sentenceStart.map { Int($0) })
    }

    /// `ignored` and `warnings`, which `routemap read` writes for the reviewer: checked, not used to place.
    private static func checkReadingNotes(_ object: JSONObjectAt) throws(IncidentFileError) {
        for entry in try object.optional("ignored")?.array() ?? [] {
            let o = try entry.object(allowing: ["name", "reason", "evidence"])
            _ = try o.required("name").string()
            _ = try o.required("reason").string()
            if let e = o.optional("evidence") { _ = try evidence(e) }
        }
        for entry in try object.optional("warnings")?.array() ?? [] { _ = try entry.string() }
    }
}

/// A parsed JSON value with its path, for checked access.
struct JSONAt {
    let value: JSONValue
    let path: String

    func error(_ message: String) -> IncidentFileError { IncidentFileError(file: nil, path: path, message: message) }

    /// The members of an object; with `allowing`, any other key is an error.
    func object(allowing allowed: Set<String>?) throws(IncidentFileError) -> JSONObjectAt {
        guard let members = value.objectValue else { throw error("expected an object") }
        if let allowed, let extra = members.keys.first(where: { !allowed.contains($0) }) {
            throw JSONAt(value: members[extra]!, path: member(extra)).error("unknown key (expected one of: \(allowed.sorted().joined(separator: ", ")))")
        }
        return JSONObjectAt(members: members, at: self)
    }

    func array() throws(IncidentFileError) -> [JSONAt] {
        guard let elements = value.arrayValue else { throw error("expected an array") }
        return elements.enumerated().map { JSONAt(value: $1, path: "\(path)[\($0)]") }
    }

    func string() throws(IncidentFileError) -> String {
        guard let s = value.stringValue else { throw error("expected a string") }
        return s
    }

    /// A string, or an integer given as a number (e.g. a tunnel number).
    func stringOrInteger() throws(IncidentFileError) -> String {
        if let s = value.stringValue { return s }
        if let n = value.numberValue, n == n.rounded(), abs(n) < 1e15 { return String(Int(n)) }
        throw error("expected a string")
    }

    func number(in range: PartialRangeFrom<Double>) throws(IncidentFileError) -> Double {
        guard let n = value.numberValue else { throw error("expected a number") }
        guard range.contains(n) else { throw error("expected a number ≥ \(ChainageSet.km(range.lowerBound)), got \(ChainageSet.km(n))") }
        return n
    }

    func number(in range: ClosedRange<Double>) throws(IncidentFileError) -> Double {
        guard let n = value.numberValue else { throw error("expected a number") }
        guard range.contains(n) else { throw error("expected a number from \(ChainageSet.km(range.lowerBound)) to \(ChainageSet.km(range.upperBound)), got \(n)") }
        return n
    }

    func member(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}

/// An object's members with the object's path.
struct JSONObjectAt {
    let members: JSONObject
    let at: JSONAt

    var keys: [String] { members.keys }

    func optional(_ key: String) -> JSONAt? {
        guard let v = members[key], !v.isNull else { return nil }
        return JSONAt(value: v, path: at.member(key))
    }

    func required(_ key: String) throws(IncidentFileError) -> JSONAt {
        guard let v = optional(key) else { throw at.error("missing key '\(key)'") }
        return v
    }
}
