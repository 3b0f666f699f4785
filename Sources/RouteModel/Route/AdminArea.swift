/// The province (admin1) and district (admin2) a stretch of the line lies in (`admin_areas.csv`).
public struct AdminArea: Sendable, Hashable {
    /// Province or territory, e.g. "Balochistan".
    public var admin1: String
    /// District, e.g. "Kachhi".
    public var admin2: String
    /// Other names of the district, e.g. "Bolan" for Kachhi.
    public var admin2Aliases: [String]
    /// First station of the stretch.
    public var fromStation: String
    /// Last station of the stretch.
    public var toStation: String
    /// Start of the stretch, km: midway between the previous stretch's last station and this one's
    /// first (district boundaries are not located more exactly), 0 for the first.
    public var fromKm: Double
    /// End of the stretch, km: midway to the next stretch's first station, the route's end for the last.
    public var toKm: Double
    /// `sourced` (a cited page places a station of the stretch in the district) or `inferred`
    /// (the district is named after, or seated in, a town of the stretch).
    public var certainty: String
    /// Why the stations are in this district.
    public var basis: String
    /// Citation.
    public var source: String
}

/// A station's name in another script or language (`local_names.csv`), e.g. its Urdu name.
public struct LocalName: Sendable, Hashable {
    /// The station's `name` in stations.csv.
    public var station: String
    /// The name as written, e.g. "کوئٹہ".
    public var name: String
    /// ISO 639-1 code, e.g. `ur`.
    public var language: String
    /// Citation.
    public var source: String
}

/// Names and areas the route knows beyond its stations: provinces and districts along the line, and
/// the stations' names in other scripts. Empty when the GeoData has neither file.
public struct RouteGazetteer: Sendable, Hashable {
    /// Admin stretches in route order, covering the route without gaps.
    public var adminAreas: [AdminArea]
    /// Stations' names in other scripts.
    public var localNames: [LocalName]

    /// A gazetteer from its parts.
    public init(adminAreas: [AdminArea] = [], localNames: [LocalName] = []) {
        self.adminAreas = adminAreas
        self.localNames = localNames
    }

    /// No admin areas, no local names.
    public static let empty = RouteGazetteer()

    /// The admin stretches meeting `range` (chainage km), in route order.
    public func adminAreas(overlapping range: ClosedRange<Double>) -> [AdminArea] {
        adminAreas.filter { $0.fromKm <= range.upperBound && $0.toKm >= range.lowerBound }
    }

    /// The distinct provinces of `areas`, in route order.
    public static func provinces(of areas: [AdminArea]) -> [String] {
        var seen = Set<String>()
        return areas.map(\.admin1).filter { seen.insert($0).inserted }
    }

    /// The distinct districts of `areas`, in route order.
    public static func districts(of areas: [AdminArea]) -> [String] {
        var seen = Set<String>()
        return areas.map(\.admin2).filter { seen.insert($0).inserted }
    }
}
