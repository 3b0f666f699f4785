import RouteModel

/// Says in words when the clues leave several possible places, e.g. "one of 5 tunnels between km 25
/// and km 125 (…)": a placement resting on "in a tunnel" or on unions of stretches is a set of
/// candidates, not one interval.
enum CandidateStretches {
    /// The sentence for `agreed` given the clues used; nil when the clues give one stretch and no
    /// "any tunnel" clue was used.
    static func summary(_ agreed: ChainageSet, readings: [ClueReading], used: [Int], route: Route) -> String? {
        guard let hull = agreed.hull else { return nil }
        let anyTunnel = used.contains { i in
            if case .tunnel(let t) = readings[i].clue.kind { return Clue.isAnyTunnel(t) }
            return false
        }
        let span = "between km \(ChainageSet.km(hull.lowerBound)) and km \(ChainageSet.km(hull.upperBound))"
        if anyTunnel {
            let tunnels = route.tunnels.filter { !agreed.intersection(ChainageSet($0.fromKm...$0.toKm)).isEmpty }
            let names = tunnels.map { "\($0.name) \(ChainageSet($0.fromKm...$0.toKm))" }.joined(separator: "; ")
            return tunnels.count == 1
                ? "in \(tunnels[0].name) (\(ChainageSet(tunnels[0].fromKm...tunnels[0].toKm)))"
                : "one of \(tunnels.count) tunnels \(span): \(names)"
        }
        guard agreed.pieces.count > 1 else { return nil }
        return "one of \(agreed.pieces.count) stretches \(span): \(agreed)"
    }
}
