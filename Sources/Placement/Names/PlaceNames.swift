import GeoEngines
import RouteModel

/// A named place found on the route.
struct ResolvedPlace: Sendable, Equatable {
    /// The place's own name (a station's `name`, not the alias the clue used).
    var name: String
    /// Km from the route's origin.
    var chainageKm: Double
    /// WGS84 position.
    var position: GeoPoint
}

/// Finds the places clues name, matching names and aliases case-, accent-, space- and
/// punctuation-insensitively (`NameKey`), and suggests the closest known names for unknown ones.
struct PlaceNames {
    let route: Route
    /// Shape points with their snapped chainage, resolved once.
    private let shapePoints: [ResolvedPlace]
    /// Every name of the route, for spelling variants and shortened names.
    let gazetteer: PlaceGazetteer

    init(route: Route, snapper: RouteSnapper) throws {
        self.route = route
        gazetteer = PlaceGazetteer(route: route)
        shapePoints = try route.shapePoints.map { shape in
            let window = [shape.afterStation, shape.beforeStation].compactMap { route.station(named: $0)?.chainageKm }
            let range = window.count == 2 ? window.min()!...window.max()! : nil
            let snap = try snapper.snap(shape.position, window: range)
            return ResolvedPlace(name: shape.name, chainageKm: snap.chainageKm, position: shape.position)
        }
    }

    /// The station (by name or alias) or shape point called `name`; failing those, the one station or
    /// shape point another spelling of it (`SpellingKey`), or its leading words, name (`PlaceGazetteer`).
    func place(named name: String) -> ResolvedPlace? {
        if let s = route.station(named: name) {
            return ResolvedPlace(name: s.name, chainageKm: s.chainageKm, position: s.position)
        }
        let key = NameKey(name)
        if let shape = shapePoints.first(where: { NameKey($0.name) == key }) { return shape }
        switch gazetteer.match(name)?.target {
        case .station(let station)?: return place(named: station)
        case .shapePoint(let shape)?: return shapePoints.first { $0.name == shape }
        default: return nil
        }
    }

    /// Every name a clue may use, with what it names: stations and their aliases, shape points,
    /// tunnels and areas.
    var knownNames: [(name: String, label: String)] {
        var names: [(String, String)] = []
        for s in route.stations {
            names.append((s.name, s.name))
            names += s.aliases.map { ($0, "\($0) (\(s.name))") }
        }
        names += shapePoints.map { ($0.name, $0.name) }
        for t in route.tunnels {
            names.append((t.name, "\(t.name) (tunnel \(t.id))"))
            names.append((t.id, "\(t.id) (tunnel)"))
        }
        for a in route.areas {
            names.append((a.name, "\(a.name) (area)"))
            names += a.aliases.map { ($0, "\($0) (area \(a.name))") }
        }
        return names
    }

    /// The `limit` names closest to `name` by edit distance on the folded names, closest first, among
    /// `candidates` (by default every known name).
    func suggestions(for name: String, among candidates: [(name: String, label: String)]? = nil, limit: Int = 3) -> [String] {
        let key = Array(NameKey(name).folded)
        var seen = Set<String>()
        return (candidates ?? knownNames)
            .map { (label: $0.label, distance: EditDistance.levenshtein(key, Array(NameKey($0.name).folded))) }
            .enumerated()
            .sorted { ($0.element.distance, $0.offset) < ($1.element.distance, $1.offset) }
            .map(\.element.label)
            .filter { seen.insert($0).inserted }
            .prefix(limit)
            .map { $0 }
    }

    /// "'Gudalar' is not a known place (closest known names: …)".
    func unknownMessage(_ name: String, what: String = "place", among candidates: [(name: String, label: String)]? = nil) -> String {
        "'\(name)' is not a known \(what) (closest known names: \(suggestions(for: name, among: candidates).joined(separator: ", ")))"
    }
}

/// Levenshtein distance.
enum EditDistance {
    /// The fewest single-character insertions, deletions and substitutions turning `a` into `b`.
    static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, cb) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
