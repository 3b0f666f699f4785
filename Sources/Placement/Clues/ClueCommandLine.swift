import Foundation

extension Clue {
    /// The clue kinds, as written in `--clue` and incident files.
    public static let kindNames = "tunnel, between, distance_from, area, near, km_post, chainage_km, at, terrain, province, elapsed"
}

/// A `--clue` argument that cannot be read, naming the clue and what was expected.
public struct ClueSyntaxError: Error, CustomStringConvertible, Equatable {
    /// The argument as given.
    public var clue: String
    /// What is wrong and what was expected.
    public var message: String

    /// E.g. `--clue 'km_post=ML-3:x': the km post must be a number, not 'x'`.
    public var description: String { "--clue '\(clue)': \(message)" }
}

extension Clue {
    /// Reads the quick command-line form `kind=value`:
    /// `between=Nuttall,Dera Murad Jamali`, `km_post=ML-3:130`, `tunnel=8`, `near=Sibi` or `near=Sibi:1`
    /// (km; default as `nearRadiusKm`), `chainage_km=120.5`, `at=67.66,29.61` or `at=67.66,29.61:500`
    /// (lon,lat:accuracy m, default 0), `area=Dhadar`, `distance_from=Quetta:157:road` (by = rail, road
    /// or straight).
    public init(commandLine text: String) throws(ClueSyntaxError) {
        func fail(_ message: String) -> ClueSyntaxError { ClueSyntaxError(clue: text, message: message) }
        func number(_ s: Substring, _ what: String) throws(ClueSyntaxError) -> Double {
            guard let v = Double(s.trimmingCharacters(in: .whitespaces)), v.isFinite else {
                throw fail("\(what) must be a number, not '\(s)'")
            }
            return v
        }
        func nonNegative(_ s: Substring, _ what: String) throws(ClueSyntaxError) -> Double {
            let v = try number(s, what)
            guard v >= 0 else { throw fail("\(what) must be ≥ 0, not '\(s)'") }
            return v
        }
        func name(_ s: Substring, _ what: String) throws(ClueSyntaxError) -> String {
            let v = s.trimmingCharacters(in: .whitespaces)
            guard !v.isEmpty else { throw fail("\(what) is empty") }
            return v
        }
        guard let eq = text.firstIndex(of: "=") else {
            throw fail("expected kind=value, e.g. near=Sibi:1 (kinds: \(Clue.kindNames))")
        }
        let kind = text[..<eq].trimmingCharacters(in: .whitespaces)
        let value = text[text.index(after: eq)...]
        let colon = value.split(separator: ":", omittingEmptySubsequences: false)
        switch kind {
        case "tunnel":
            self.init(.tunnel(try name(value, "the tunnel")))
        case "area":
            self.init(.area(try name(value, "the area")))
        case "terrain":
            self.init(.terrain(try name(value, "the terrain kind")))
        case "province":
            self.init(.province(try name(value, "the province")))
        case "elapsed":
            let at = value.split(separator: "@", omittingEmptySubsequences: false)
            let times = at.count == 2 ? at[1].split(separator: ",", omittingEmptySubsequences: false) : []
            guard at.count == 2, times.count == 2 else { throw fail("expected place@HH:MM,HH:MM (departure, incident), e.g. elapsed=Quetta@09:00,13:00") }
            guard let departed = Clue.minutes(clock: String(times[0])) else { throw fail("the departure time must be HH:MM (24-hour), not '\(times[0])'") }
            guard let incident = Clue.minutes(clock: String(times[1])) else { throw fail("the incident time must be HH:MM (24-hour), not '\(times[1])'") }
            self.init(.elapsed(place: try name(at[0], "the departure place"), departed: departed, incident: incident))
        case "between":
            let parts = value.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw fail("expected two places separated by a comma, e.g. between=Nuttall,Dera Murad Jamali") }
            self.init(.between(try name(parts[0], "the first place"), try name(parts[1], "the second place")))
        case "near":
            guard colon.count <= 2 else { throw fail("expected place or place:km, e.g. near=Sibi:1") }
            self.init(.near(place: try name(colon[0], "the place"), withinKm: colon.count == 2 ? try nonNegative(colon[1], "within km") : nil))
        case "km_post":
            guard colon.count == 2 else { throw fail("expected line:post, e.g. km_post=ML-3:130") }
            self.init(.kmPost(post: try nonNegative(colon[1], "the km post"), line: try name(colon[0], "the line")))
        case "chainage_km":
            self.init(.chainage(km: try nonNegative(value, "chainage_km")))
        case "at":
            guard colon.count <= 2 else { throw fail("expected lon,lat or lon,lat:accuracy_m, e.g. at=67.66,29.61:500") }
            let xy = colon[0].split(separator: ",", omittingEmptySubsequences: false)
            guard xy.count == 2 else { throw fail("expected lon,lat (longitude first), e.g. at=67.66,29.61:500") }
            let accuracy = colon.count == 2 ? try nonNegative(colon[1], "accuracy_m") : 0
            let lon = try number(xy[0], "longitude"), lat = try number(xy[1], "latitude")
            guard (-180...180).contains(lon) else { throw fail("longitude \(xy[0]) is outside the valid range -180 … 180 (longitude comes first)") }
            guard (-90...90).contains(lat) else { throw fail("latitude \(xy[1]) is outside the valid range -90 … 90 (longitude comes first: at=LON,LAT)") }
            self.init(.at(lon: lon, lat: lat, accuracyM: accuracy))
        case "distance_from":
            guard colon.count == 3 else { throw fail("expected place:km:by with by = rail, road or straight, e.g. distance_from=Quetta:157:road") }
            let byText = colon[2].trimmingCharacters(in: .whitespaces)
            guard let by = DistanceMode(rawValue: byText) else { throw fail("by must be rail, road or straight, not '\(byText)'") }
            let km = try nonNegative(colon[1], "km")
            self.init(.distanceFrom(place: try name(colon[0], "the place"), km: km, by: by))
        default:
            throw fail("unknown clue kind '\(kind)' (kinds: \(Clue.kindNames))")
        }
    }
}
