import Foundation
import GeoEngines
import RouteModel

/// Turns each clue into the chainages it allows on one route. Owned by one worker: it holds that
/// worker's snapper and engines.
final class ClueReader {
    let route: Route
    let options: PlacementOptions
    let names: PlaceNames
    let snapper: RouteSnapper
    private let areas: AreaCrossing

    init(route: Route, engines: WorkerEngines, options: PlacementOptions) throws {
        self.route = route
        self.options = options
        snapper = try RouteSnapper(route: route, engines: engines)
        names = try PlaceNames(route: route, snapper: snapper)
        areas = try AreaCrossing(route: route, engines: engines)
    }

    private var whole: ClosedRange<Double> { 0...route.lengthKm }
    private var rounding: Double { route.postRoundingKm }

    /// The reading of `clue`, the `index`-th of its incident.
    func read(_ clue: Clue, index: Int) throws -> ClueReading {
        var reading = ClueReading(index: index, clue: clue, chainages: nil, includesPostRounding: false,
                                  basis: "", warnings: [], snap: nil)
        func unusable(_ why: String) -> ClueReading {
            reading.basis = why
            reading.warnings.append("clues[\(index)] (\(clue.summary)): \(why); this clue is not used")
            return reading
        }
        switch clue.kind {
        case .tunnel(let text):
            let key = NameKey(text)
            let matches = route.tunnels.filter { tunnelKeys($0).contains(key) }
            guard !matches.isEmpty else {
                let candidates = route.tunnels.flatMap { t in [(t.name, "\(t.name) (\(t.id))"), (t.id, "\(t.name) (\(t.id))")] }
                return unusable(names.unknownMessage(text, what: "tunnel", among: candidates))
            }
            reading.chainages = ChainageSet(matches.map { $0.fromKm...$0.toKm })
            reading.basis = matches.map { "\($0.name) (\($0.id)): \(ChainageSet($0.fromKm...$0.toKm)), \($0.certainty.rawValue)" }
                .joined(separator: "; ")
            for t in matches where t.certainty == .uncertain {
                reading.warnings.append("clues[\(index)]: the position of \(t.name) (\(t.id)) is uncertain: \(t.basis)")
            }
        case .between(let a, let b):
            let places = [a, b].map { names.place(named: $0) }
            let unknown = zip([a, b], places).filter { $0.1 == nil }.map { names.unknownMessage($0.0) }
            guard unknown.isEmpty, let pa = places[0], let pb = places[1] else {
                let known = places.compactMap { $0 }.map { "\($0.name) is at \(ChainageSet.km($0.chainageKm)) km" }
                return unusable((unknown + known).joined(separator: "; "))
            }
            reading.chainages = ChainageSet(min(pa.chainageKm, pb.chainageKm)...max(pa.chainageKm, pb.chainageKm))
            reading.basis = "\(pa.name) at \(ChainageSet.km(pa.chainageKm)) km, \(pb.name) at \(ChainageSet.km(pb.chainageKm)) km"
        case .distanceFrom(let name, let km, let by):
            guard km.isFinite, km >= 0 else { return unusable("the distance must be a number ≥ 0 km") }
            guard let place = names.place(named: name) else { return unusable(names.unknownMessage(name)) }
            let tolerance = options.distanceTolerance
            switch by {
            case .rail:
                let near = km * (1 - tolerance), far = km * (1 + tolerance)
                reading.chainages = ChainageSet([(place.chainageKm - far)...(place.chainageKm - near),
                                                 (place.chainageKm + near)...(place.chainageKm + far)]).clipped(to: whole)
                reading.basis = "\(place.name) at \(ChainageSet.km(place.chainageKm)) km, ± \(ChainageSet.km(km)) km ± \(Int(tolerance * 100)) % along the line"
            case .road, .straight:
                let band = by == .road
                    ? (km / options.roadDetour.upperBound)...(km / options.roadDetour.lowerBound)
                    : (km * (1 - tolerance))...(km * (1 + tolerance))
                reading.chainages = DistanceBand.chainages(of: route.line, from: place.position, band: (band.lowerBound * 1000)...(band.upperBound * 1000),
                                                           resolutionM: options.bandResolutionM)
                reading.basis = by == .road
                    ? "road distance is at least the straight-line distance and at most \(options.roadDetour.upperBound)× it (assumed detour factor \(options.roadDetour.lowerBound)–\(options.roadDetour.upperBound)), so the line lies \(ChainageSet.km(band.lowerBound))–\(ChainageSet.km(band.upperBound)) km in a straight line from \(place.name)"
                    : "the line lies \(ChainageSet.km(band.lowerBound))–\(ChainageSet.km(band.upperBound)) km in a straight line from \(place.name) (± \(Int(tolerance * 100)) %)"
            }
        case .area(let name):
            let key = NameKey(name)
            let matches = route.areas.filter { NameKey($0.name) == key || $0.aliases.contains { NameKey($0) == key } }
            guard !matches.isEmpty else {
                let candidates = route.areas.flatMap { a in [(a.name, a.name)] + a.aliases.map { ($0, "\($0) (\(a.name))") } }
                return unusable(names.unknownMessage(name, what: "area", among: candidates))
            }
            reading.chainages = ChainageSet(try matches.flatMap { try areas.chainages(inside: $0).pieces })
            reading.basis = matches.map {
                "\($0.name) (\($0.id)): corridor of \(ChainageSet.km($0.halfWidthKm)) km (a modelling choice) around \(ChainageSet($0.fromKm...$0.toKm)); the line is inside it at \(reading.chainages!)"
            }.joined(separator: "; ")
        case .near(let name, let within):
            let radius = within ?? Clue.nearRadiusKm(place: name, note: clue.note)
            guard radius.isFinite, radius >= 0 else { return unusable("within_km must be a number ≥ 0") }
            guard let place = names.place(named: name) ?? names.place(named: Self.withoutOuterSignal(name)) else {
                return unusable(names.unknownMessage(name))
            }
            reading.chainages = .around(place.chainageKm, radius: radius, within: whole)
            reading.basis = "\(place.name) at \(ChainageSet.km(place.chainageKm)) km, ± \(ChainageSet.km(radius)) km along the line"
                + (within == nil ? " (default radius)" : "")
        case .kmPost(let post, let lineName):
            guard let line = route.lineID(named: lineName) else {
                let candidates = route.document.lines.flatMap { l in [(l.id, l.id)] + (l.aliases ?? []).map { ($0, "\($0) (\(l.id))") } }
                return unusable(names.unknownMessage(lineName, what: "line", among: candidates))
            }
            let chainages = route.chainages(atPost: post, line: line)
            reading.chainages = ChainageSet(chainages.map { ($0 - rounding)...($0 + rounding) }).clipped(to: whole)
            reading.includesPostRounding = true
            let covered = route.legs.filter { $0.line == line }
                .map { "\(ChainageSet.km(min($0.fromPostKm, $0.toPostKm)))–\(ChainageSet.km(max($0.fromPostKm, $0.toPostKm)))" }
            reading.basis = chainages.isEmpty
                ? "km post \(ChainageSet.km(post)) on \(line) is not on this route, which uses \(line) posts \(covered.joined(separator: " and "))"
                : "\(line) post \(ChainageSet.km(post)) is chainage \(chainages.map { ChainageSet.km($0) }.joined(separator: " or ")) km, ± \(ChainageSet.km(rounding)) km post rounding"
        case .chainage(let km):
            guard km.isFinite else { return unusable("chainage_km must be a number") }
            reading.chainages = .around(km, radius: rounding, within: whole)
            reading.includesPostRounding = true
            reading.basis = "chainage \(ChainageSet.km(km)) km ± \(ChainageSet.km(rounding)) km post rounding"
                + (whole.contains(km) ? "" : "; the route runs 0–\(ChainageSet.km(route.lengthKm)) km")
        case .at(let lon, let lat, let accuracy):
            let point: GeoPoint
            do { point = try GeoPoint.validated(lon: lon, lat: lat) } catch { return unusable(error.description) }
            guard accuracy.isFinite, accuracy >= 0 else { return unusable("accuracy_m must be a number ≥ 0") }
            let snap = try snapper.snap(point)
            if let problem = options.offsetLimit.problem(point, snap: snap, snapper: snapper) {
                throw ClueRefusedError(incidentID: "", clue: index, summary: clue.summary, message: problem)
            }
            let offsetKm = snap.offsetM / 1000
            let radius = accuracy / 1000 + offsetKm
            reading.snap = snap
            reading.chainages = .around(snap.chainageKm, radius: radius, within: whole)
            reading.basis = String(format: "snaps to chainage %.2f km, %.0f m %@ of the line; ± (accuracy %.2f km + offset %.2f km)",
                                   snap.chainageKm, snap.offsetM, snap.side.rawValue, accuracy / 1000, offsetKm)
            if offsetKm > options.offsetWarningKm {
                reading.warnings.append(String(format: "clues[%d]: the coordinate is %.1f km from the modelled line (threshold %.0f km): it is probably not on the track, or the line's drawn shape is off there; the clue is widened to ± %.1f km around chainage %.1f",
                                               index, offsetKm, options.offsetWarningKm, radius, snap.chainageKm))
            }
        }
        return reading
    }

    /// The folded forms a tunnel clue may use: number, id, name, "Tunnel 8", "Tunnel No. 8", "No. 8".
    private func tunnelKeys(_ t: Tunnel) -> Set<NameKey> {
        var keys: Set<NameKey> = [NameKey(t.id), NameKey(t.name)]
        if let n = t.number { keys.formUnion([n, "Tunnel \(n)", "Tunnel No. \(n)", "No. \(n)"].map(NameKey.init)) }
        return keys
    }

    /// "Sibi outer signal" → "Sibi".
    static func withoutOuterSignal(_ name: String) -> String {
        name.replacingOccurrences(of: "outer signal", with: "", options: .caseInsensitive)
            .trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
    }
}
