import RouteModel

/// Where a train can be a given time after leaving a place: the section speeds (speeds.csv) turned
/// into distance, slowed and sped up by a stated spread. No source gives the train's current
/// timetable (GeoData/SOURCES.md), so section speeds are all there is.
struct ElapsedBand {
    let route: Route
    /// ± fraction of the section speeds the band allows (see `PlacementOptions.elapsedSpeedSpread`).
    let spread: Double

    /// The chainages reachable from `chainage` (the departure place, called `name`) between leaving at
    /// `departed` and `incident` (minutes after midnight; an earlier incident time is the next day).
    /// From the route's first station the train runs up the chainage, from its last down; from a
    /// station between, both directions are allowed.
    func read(from name: String, at chainage: Double, departed: Int, incident: Int) -> (chainages: ChainageSet, basis: String, warnings: [String]) {
        var minutes = incident - departed
        var warnings: [String] = []
        if minutes < 0 {
            minutes += 1440
            warnings.append("the incident time \(Clue.clock(incident)) is before the departure \(Clue.clock(departed)); taken as the next day (\(minutes / 60) h \(minutes % 60) min later)")
        }
        let hours = Double(minutes) / 60
        guard !route.speeds.isEmpty else {
            return (.around(chainage, radius: route.lengthKm, within: 0...route.lengthKm),
                    "the route has no section speeds (speeds.csv): any chainage", warnings + ["no section speeds: the elapsed clue does not narrow the place"])
        }
        var directions: [Double] = []
        if chainage < route.lengthKm - 1e-9 { directions.append(1) }
        if chainage > 1e-9 { directions.append(-1) }
        var pieces: [ClosedRange<Double>] = []
        var texts: [String] = []
        for direction in directions {
            let near = reach(from: chainage, direction: direction, hours: hours, factor: 1 - spread)
            let far = reach(from: chainage, direction: direction, hours: hours, factor: 1 + spread)
            pieces.append(min(near, far)...max(near, far))
            texts.append("\(ChainageSet.km(abs(near - chainage)))–\(ChainageSet.km(abs(far - chainage))) km \(direction > 0 ? "up" : "down") the line")
        }
        if directions.count == 2 {
            warnings.append("\(name) is not at an end of the route and the clue does not say which way the train ran, so both directions are allowed")
        }
        let basis = "\(minutes / 60) h \(String(format: "%02d", minutes % 60)) min after leaving \(name) (\(ChainageSet.km(chainage)) km) at the section speeds of speeds.csv ± \(Int((spread * 100).rounded())) %: \(texts.joined(separator: " or ")); no timetable source, so the spread is an assumption"
        return (ChainageSet(pieces), basis, warnings)
    }

    /// The chainage reached after `hours` at `factor` × the section speeds, stopping at the route's ends.
    func reach(from start: Double, direction: Double, hours: Double, factor: Double) -> Double {
        var km = start
        var left = hours
        while left > 1e-12 {
            guard let section = route.speeds.first(where: { direction > 0 ? ($0.fromKm <= km && km < $0.toKm) : ($0.fromKm < km && km <= $0.toKm) }) else { break }
            let end = direction > 0 ? section.toKm : section.fromKm
            let speed = section.speedKmh * factor
            let needed = abs(end - km) / speed
            if needed >= left { return km + direction * speed * left }
            left -= needed
            km = end
        }
        return km
    }
}
