import RouteModel

/// Something on the route a name can refer to.
public enum PlaceTarget: Hashable, Sendable {
    /// A station, by its `name`.
    case station(String)
    /// A shape point (a named place on the line without a km post), by name.
    case shapePoint(String)
    /// A named area (areas.csv), by name.
    case area(String)
    /// A tunnel, by id.
    case tunnel(String)
    /// A province (admin1).
    case province(String)
    /// A district (admin2).
    case district(String)

    /// The target's own name (a tunnel's id).
    public var name: String {
        switch self {
        case .station(let n), .shapePoint(let n), .area(let n), .tunnel(let n), .province(let n), .district(let n): n
        }
    }
}

/// How a name was matched to the route.
public enum NameMatch: Equatable, Sendable {
    /// The name or an alias, as written (case, accents and punctuation aside).
    case exact(PlaceTarget)
    /// Another spelling of a name (`SpellingKey`), e.g. "Mashkaaf" → Mushkaf.
    case spelling(PlaceTarget, note: String)
    /// The leading word(s) of exactly one name, e.g. "Dera Murad" → Dera Murad Jamali.
    case leading(PlaceTarget, note: String)
    /// Leading words shared by several names: the candidates.
    case ambiguous([PlaceTarget])

    /// The place matched, nil when ambiguous.
    public var target: PlaceTarget? {
        switch self {
        case .exact(let t), .spelling(let t, _), .leading(let t, _): t
        case .ambiguous: nil
        }
    }

    /// How the match was made, for notes; nil for an exact match.
    public var note: String? {
        switch self {
        case .exact: nil
        case .spelling(_, let note), .leading(_, let note): note
        case .ambiguous(let candidates): "ambiguous: could be \(candidates.map(\.name).joined(separator: ", "))"
        }
    }
}

/// Every name the route knows — stations and their aliases and local-script names, shape points,
/// areas, tunnels, provinces and districts — matched exactly, by spelling key, or by leading words.
public struct PlaceGazetteer: Sendable {
    private var exact: [NameKey: [PlaceTarget]] = [:]
    private var spelling: [SpellingKey: [PlaceTarget]] = [:]
    private var leading: [SpellingKey: [PlaceTarget]] = [:]
    /// The most words any known name has (for scanning text).
    public private(set) var maxWords = 1

    /// Words that do not identify a place on their own, skipped when forming leading-word names.
    static let genericWords: Set<String> = ["junction", "jn", "cantt", "cantonment", "city", "road", "railway", "station", "bagh", "sahib", "shaheed", "kund", "mandi"]

    /// The gazetteer of `route`; without `stationAliases`, stations are known by their names (and local
    /// names) only, which measures what the spelling key and leading words reach on their own.
    public init(route: Route, stationAliases: Bool = true) {
        for s in route.stations {
            add(s.name, .station(s.name), leadingWords: true)
            if stationAliases { for a in s.aliases { add(a, .station(s.name), leadingWords: false) } }
        }
        for l in route.gazetteer.localNames { add(l.name, .station(l.station), leadingWords: true) }
        for p in route.shapePoints { add(p.name, .shapePoint(p.name), leadingWords: false) }
        for a in route.areas {
            add(a.name, .area(a.name), leadingWords: false)
            for alias in a.aliases { add(alias, .area(a.name), leadingWords: false) }
        }
        for t in route.tunnels { add(t.name, .tunnel(t.id), leadingWords: false) }
        for area in route.gazetteer.adminAreas {
            add(area.admin1, .province(area.admin1), leadingWords: false)
            add(area.admin2, .district(area.admin2), leadingWords: false)
            for alias in area.admin2Aliases { add(alias, .district(area.admin2), leadingWords: false) }
        }
    }

    private mutating func add(_ name: String, _ target: PlaceTarget, leadingWords: Bool) {
        func insert<K: Hashable>(_ key: K, into table: inout [K: [PlaceTarget]]) {
            if !(table[key] ?? []).contains(target) { table[key, default: []].append(target) }
        }
        insert(NameKey(name), into: &exact)
        // codes such as "QTA" or "RND" match only as written: their letters are not a spelling
        guard !Self.isCode(name) else { return }
        insert(SpellingKey(name), into: &spelling)
        let words = name.split { $0 == " " || $0 == "-" }
        maxWords = max(maxWords, words.count)
        guard leadingWords, words.count > 1 else { return }
        for n in 1..<words.count {
            let prefix = words.prefix(n)
            guard !Self.genericWords.contains(prefix.last!.lowercased()) else { continue }
            insert(SpellingKey(prefix.joined(separator: " ")), into: &leading)
        }
    }

    /// An all-capitals name of at most five letters: a station code, not a spelling.
    public static func isCode(_ name: String) -> Bool {
        name.count <= 5 && name.allSatisfy { $0.isUppercase || $0.isNumber }
    }

    /// How `name` matches the route's names; nil when it matches none. Exact names come first, then
    /// spellings, then leading words; within each, a station (or shape point) is preferred to a tunnel,
    /// an area, a district and a province of the same name ("Sibi" the station, not the district).
    public func match(_ name: String) -> NameMatch? {
        if let targets = exact[NameKey(name)], let best = Self.preferred(targets) {
            return best.count == 1 ? .exact(best[0]) : .ambiguous(best)
        }
        let key = SpellingKey(name)
        guard !key.value.isEmpty else { return nil }
        if let targets = spelling[key], let best = Self.preferred(targets) {
            return best.count == 1 ? .spelling(best[0], note: "'\(name)' read as \(best[0].name) (another spelling)") : .ambiguous(best)
        }
        if let targets = leading[key], let best = Self.preferred(targets) {
            return best.count == 1 ? .leading(best[0], note: "'\(name)' read as \(best[0].name) (the leading words of its name)") : .ambiguous(best)
        }
        return nil
    }

    /// The targets of the most specific kind among `targets`.
    private static func preferred(_ targets: [PlaceTarget]) -> [PlaceTarget]? {
        func rank(_ t: PlaceTarget) -> Int {
            switch t {
            case .station, .shapePoint: 0
            case .tunnel: 1
            case .area: 2
            case .district: 3
            case .province: 4
            }
        }
        guard let best = targets.map(rank).min() else { return nil }
        return targets.filter { rank($0) == best }
    }
}
