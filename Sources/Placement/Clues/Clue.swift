import Foundation
import RouteModel

/// How a reported distance was measured.
public enum DistanceMode: String, Sendable, CaseIterable {
    /// Along the line: a chainage difference.
    case rail
    /// By road: at least the straight-line distance, at most a detour factor times it.
    case road
    /// The straight-line (geodesic) distance.
    case straight
}

/// What a clue says about where an incident happened.
public enum ClueKind: Sendable, Equatable {
    /// A tunnel by its number, id or name (tunnels.csv).
    case tunnel(String)
    /// Between two named places (stations, aliases, shape points).
    case between(String, String)
    /// A distance from a named place, measured as `by` says.
    case distanceFrom(place: String, km: Double, by: DistanceMode)
    /// Inside a named area (areas.csv name or alias).
    case area(String)
    /// Within `withinKm` along the line of a named place; nil means the default (see `Clue.nearRadiusKm`).
    case near(place: String, withinKm: Double?)
    /// An official km post on a line (line id or alias).
    case kmPost(post: Double, line: String)
    /// A chainage: km from the route's origin.
    case chainage(km: Double)
    /// A coordinate with its accuracy in metres.
    case at(lon: Double, lat: Double, accuracyM: Double)
}

/// One location clue from a report, with its source and how much it is trusted.
public struct Clue: Sendable, Equatable {
    /// What the clue says.
    public var kind: ClueKind
    /// Citation or URL.
    public var source: String?
    /// Trust from 0 (reported but not used to place) to 1 (the default).
    public var weight: Double
    /// How the clue was read.
    public var note: String?

    /// A clue; `weight` from 0 to 1.
    public init(_ kind: ClueKind, source: String? = nil, weight: Double = 1, note: String? = nil) {
        self.kind = kind
        self.source = source
        self.weight = weight
        self.note = note
    }

    /// The radius of a `near` clue given without one: about 1 km when the clue speaks of an
    /// "outer signal" (which stands roughly a kilometre from the station), else 2 km.
    public static func nearRadiusKm(place: String, note: String?) -> Double {
        mentionsOuterSignal(place) || mentionsOuterSignal(note ?? "") ? 1 : 2
    }

    static func mentionsOuterSignal(_ text: String) -> Bool {
        NameKey(text).folded.contains("outersignal")
    }

    /// The kind's name as written in incident files, e.g. `distance_from`.
    public var kindName: String {
        switch kind {
        case .tunnel: "tunnel"
        case .between: "between"
        case .distanceFrom: "distance_from"
        case .area: "area"
        case .near: "near"
        case .kmPost: "km_post"
        case .chainage: "chainage_km"
        case .at: "at"
        }
    }

    /// A short plain reading, e.g. "157 km from Quetta by road".
    public var summary: String {
        switch kind {
        case .tunnel(let t): return "tunnel \(t)"
        case .between(let a, let b): return "between \(a) and \(b)"
        case .distanceFrom(let place, let km, let by): return "\(ChainageSet.km(km)) km from \(place) by \(by.rawValue)"
        case .area(let name): return "area \(name)"
        case .near(let place, let within):
            return "near \(place) (within \(ChainageSet.km(within ?? Self.nearRadiusKm(place: place, note: note))) km)"
        case .kmPost(let post, let line): return "km post \(ChainageSet.km(post)) on \(line)"
        case .chainage(let km): return "chainage \(ChainageSet.km(km)) km"
        case .at(let lon, let lat, let accuracy): return "at (\(lon), \(lat)) ± \(String(format: accuracy < 1e9 ? "%.0f" : "%g", accuracy)) m"
        }
    }
}

/// An incident and the clues to its place.
public struct Incident: Sendable, Equatable {
    /// E.g. `JE-2025-03-11`.
    public var id: String
    /// A one-line title.
    public var title: String
    /// ISO 8601 with a UTC offset, as written in the file.
    public var time: String
    /// The location clues, in the file's order (indices are 0-based in all output).
    public var clues: [Clue]
    /// Free text: statements not encoded as clues, casualties, sources.
    public var notes: String

    /// An incident from its parts.
    public init(id: String, title: String = "", time: String = "", clues: [Clue], notes: String = "") {
        self.id = id
        self.title = title
        self.time = time
        self.clues = clues
        self.notes = notes
    }
}
