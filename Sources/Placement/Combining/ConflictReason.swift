import RouteModel

/// Plain-language reasons for conflicts, naming the chainages and stations involved.
enum ConflictReason {
    /// Why `reading` disagrees with `agreed`, where the other clues put the incident.
    static func text(for reading: ClueReading, agreed: ChainageSet, route: Route) -> String {
        let clue = reading.clue
        let weight = clue.weight == 1 ? "" : " (weight \(ChainageSet.km(clue.weight))\(clue.weight == 0 ? ": reported, not used to place" : ""))"
        guard let own = reading.chainages, !own.isEmpty else {
            return "\(clue.summary) allows no place on this route: \(reading.basis)\(weight)"
        }
        let gap = own.gap(to: agreed) ?? 0
        let side: String
        if let o = own.hull, let a = agreed.hull {
            side = o.lowerBound > a.upperBound ? "further along the line" : (o.upperBound < a.lowerBound ? "back towards \(route.stations[0].name)" : "between its pieces")
        } else {
            side = ""
        }
        return "\(clue.summary) puts it at \(own), \(landmarks(own, route: route)) (\(reading.basis)), which does not overlap \(agreed) where the other clues agree: \(ChainageSet.km(gap)) km \(side)\(weight)"
    }

    /// "between Perak (153 km) and Dingra (174 km)" for the stations bracketing a set's extent.
    static func landmarks(_ set: ChainageSet, route: Route) -> String {
        guard let hull = set.hull else { return "" }
        let before = route.stations(around: hull.lowerBound).before
        let after = route.stations.first { $0.chainageKm >= hull.upperBound } ?? route.stations.last!
        if before.name == after.name { return "at \(before.name) (\(ChainageSet.km(before.chainageKm)) km)" }
        return "between \(before.name) (\(ChainageSet.km(before.chainageKm)) km) and \(after.name) (\(ChainageSet.km(after.chainageKm)) km)"
    }
}
