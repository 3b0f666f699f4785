import RouteModel

/// The fields conflict-data analysts merge on: the admin areas of the point and of the whole
/// interval, a readable location phrase, and the location-precision codes of ACLED, UCDP GED and the
/// GTD, each derived from the placement by the rules in README ("Conflict-data fields").
public struct ConflictDataFields: Sendable, Equatable {
    /// Province at the placed point; nil when the route has no admin areas.
    public var admin1: String?
    /// District at the placed point.
    public var admin2: String?
    /// Every province the interval (with post rounding) touches, in route order.
    public var admin1All: [String]
    /// Every district the interval touches, in route order.
    public var admin2All: [String]
    /// E.g. "Tunnel No. 8 near Pehro Kunri, Bolan Pass, ML-3 km 268".
    public var location: String
    /// ACLED `geo_precision`: 1 a particular place, 2 part of a region / near a town, 3 a larger region.
    public var acledGeoPrecision: Int
    /// UCDP GED `where_prec`: 1 exact, 2 within about 25 km, 3 one district, 4 one province, 5 several provinces.
    public var ucdpWherePrecision: Int
    /// GTD `specificity`: 1 a known place, 3 one district, 4 one province, 5 wider.
    public var gtdSpecificity: Int
    /// GTD `vicinity`: 1 when the incident is near, not at, the named place.
    public var gtdVicinity: Int

    /// Kilometres of interval within which a placement counts as "a particular place" (ACLED 1, UCDP 1,
    /// GTD 1): the km posts' own rounding on both sides plus as much again.
    public static let pointKm = 2.0
    /// The "limited area around a specified location" of UCDP's code 2, as a ± km along the line.
    public static let limitedAreaKm = 25.0

    /// The fields for `placement` on `route`.
    public init(_ placement: Placement, route: Route) {
        let p = placement.position
        let here = route.gazetteer.adminAreas(overlapping: placement.chainageKm...placement.chainageKm).first
        admin1 = here?.admin1
        admin2 = here?.admin2
        let spanned = route.gazetteer.adminAreas(overlapping: placement.tolerance)
        admin1All = RouteGazetteer.provinces(of: spanned)
        admin2All = RouteGazetteer.districts(of: spanned)

        let halfWidth = placement.uncertaintyKm
        let nearest = [placement.stationBefore, placement.stationAfter].min { $0.alongTrackKm < $1.alongTrackKm }!
        let nearClue = placement.used.contains { i in
            switch placement.readings[i].clue.kind {
            case .near, .distanceFrom: true
            default: false
            }
        }
        let oneDistrict = admin2All.count == 1, oneProvince = admin1All.count == 1
        let particular = halfWidth <= Self.pointKm
        acledGeoPrecision = particular ? 1 : (oneDistrict && halfWidth <= Self.limitedAreaKm) ? 2 : 3
        ucdpWherePrecision = particular ? 1 : halfWidth <= Self.limitedAreaKm ? 2 : oneDistrict ? 3 : oneProvince ? 4 : 5
        gtdSpecificity = particular ? 1 : oneDistrict ? 3 : oneProvince ? 4 : 5
        gtdVicinity = (nearClue || nearest.alongTrackKm > Self.pointKm) ? 1 : 0

        var parts: [String] = []
        let hull = placement.tolerance
        if let candidates = placement.candidates, candidates.hasPrefix("one of") {
            parts.append(String(candidates.prefix { $0 != ":" }))
            let from = route.kmPost(atChainage: hull.lowerBound), to = route.kmPost(atChainage: hull.upperBound)
            parts.append(from.line == to.line
                ? "\(from.line) km \(Int(from.kmPost.rounded()))–\(Int(to.kmPost.rounded()))"
                : "\(from.line) km \(Int(from.kmPost.rounded())) to \(to.line) km \(Int(to.kmPost.rounded()))")
        } else {
            let named = Self.tunnelsNamed(by: placement, route: route)
            let tunnel = p.tunnels.first { named.contains($0.id) } ?? p.tunnels.first
            parts.append((tunnel.map { $0.name + " " } ?? "") + (nearest.alongTrackKm <= Self.pointKm ? "at " : "near ") + nearest.name)
            let areas = route.areas.filter { $0.fromKm <= placement.chainageKm && placement.chainageKm <= $0.toKm }
                .sorted { $0.toKm - $0.fromKm > $1.toKm - $1.fromKm }
            if let area = areas.first { parts.append(area.name) }
            parts.append("\(p.line) km \(Int(p.kmPost.rounded()))" + (halfWidth > 1 ? " ± \(ChainageSet.km(halfWidth)) km" : ""))
        }
        if admin2All.count == 1 { parts.append("\(admin2All[0]) district") }
        if admin1All.count == 1 { parts.append(admin1All[0]) }
        location = parts.joined(separator: ", ")
    }

    /// Ids of the tunnels the placement's used clues name (by number, id or name).
    private static func tunnelsNamed(by placement: Placement, route: Route) -> Set<String> {
        var ids = Set<String>()
        for i in placement.used {
            guard case .tunnel(let text) = placement.readings[i].clue.kind, !Clue.isAnyTunnel(text) else { continue }
            let key = NameKey(text)
            for t in route.tunnels where NameKey(t.id) == key || NameKey(t.name) == key || t.number.map({ NameKey($0) == key || NameKey("Tunnel No. \($0)") == key }) == true {
                ids.insert(t.id)
            }
        }
        return ids
    }
}
