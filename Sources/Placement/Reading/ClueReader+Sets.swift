import RouteModel

/// The clue kinds that name a set of stretches rather than one place: any tunnel, a terrain kind, a
/// province or district.
extension ClueReader {
    /// The union of every tunnel's interval, with each tunnel named; nil when the route has none.
    func readAnyTunnel(index: Int) -> (chainages: ChainageSet, basis: String, warnings: [String])? {
        guard !route.tunnels.isEmpty else { return nil }
        let set = ChainageSet(route.tunnels.map { $0.fromKm...$0.toKm })
        let uncertain = route.tunnels.filter { $0.certainty != .known }.count
        var warnings: [String] = []
        if uncertain > 0 {
            warnings.append("clues[\(index)]: \(uncertain) of the route's \(route.tunnels.count) tunnels are placed only within an interval, so 'in a tunnel' allows those whole intervals")
        }
        return (set, "one of the route's \(route.tunnels.count) recorded tunnels (tunnels.csv): \(set); a tunnel missing from the data is not covered", warnings)
    }

    /// Every terrain kind a clue may name.
    var terrainKinds: [String] {
        var kinds = ["mountainous", "hilly", "flat"]
        for section in route.terrain where !kinds.contains(section.kind) { kinds.append(section.kind) }
        return kinds
    }

    /// The union of the terrain sections of `kind`: `mountainous`/`hilly`/`mountain`/`hills` (sections
    /// marked mountainous), `flat`/`lowland` (not mountainous), or a section kind, id or name.
    func readTerrain(_ kind: String) -> (ChainageSet, String)? {
        let key = NameKey(kind).folded
        let sections: [TerrainSection]
        switch key {
        case "mountainous", "mountain", "mountains", "hilly", "hill", "hills": sections = route.terrain.filter(\.mountainous)
        case "flat", "lowland", "lowlands": sections = route.terrain.filter { !$0.mountainous }
        default:
            sections = route.terrain.filter { NameKey($0.kind).folded == key || NameKey($0.id).folded == key || NameKey($0.name).folded == key }
        }
        guard !sections.isEmpty else { return nil }
        let set = ChainageSet(sections.map { $0.fromKm...$0.toKm })
        return (set, "terrain sections \(sections.map { "\($0.name) (\($0.kind))" }.joined(separator: ", ")): \(set)")
    }

    /// The union of the admin stretches whose province or district (or a district alias) is `name`.
    func readAdminArea(_ name: String) -> (ChainageSet, String)? {
        let key = NameKey(Self.withoutAdminWords(name))
        let areas = route.gazetteer.adminAreas
        var matches = areas.filter { NameKey($0.admin1) == key }
        var level = "province"
        if matches.isEmpty {
            matches = areas.filter { NameKey($0.admin2) == key || $0.admin2Aliases.contains { NameKey($0) == key } }
            level = "district"
        }
        guard !matches.isEmpty else { return nil }
        let set = ChainageSet(matches.map { $0.fromKm...$0.toKm })
        let label = level == "province" ? matches[0].admin1 : matches[0].admin2
        let inferred = matches.contains { $0.certainty == "inferred" } ? "; some stretches' districts are inferred (admin_areas.csv)" : ""
        return (set, "\(label) (\(level)): the line is in it at \(set); boundaries taken midway between stations\(inferred)")
    }

    /// "'Sindhh' is not a province or district on this route (…)".
    func adminUnknownMessage(_ name: String) -> String {
        let areas = route.gazetteer.adminAreas
        guard !areas.isEmpty else { return "the route's data has no provinces or districts (admin_areas.csv)" }
        let candidates = RouteGazetteer.provinces(of: areas).map { ($0, "\($0) (province)") }
            + RouteGazetteer.districts(of: areas).map { ($0, "\($0) (district)") }
        return names.unknownMessage(name, what: "province or district on this route", among: candidates)
    }

    /// "Balochistan province" → "Balochistan"; "Kachhi district" → "Kachhi".
    static func withoutAdminWords(_ name: String) -> String {
        var words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        while let last = words.last, ["province", "district", "division", "region"].contains(last.lowercased()), words.count > 1 {
            words.removeLast()
        }
        return words.joined(separator: " ")
    }
}
