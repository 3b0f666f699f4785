import GeoEngines

/// A calibrated railway route: its line, legs, stations and the events along it. A plain value,
/// `Sendable`, built once (see `RouteBuilder`) and shared by every worker; work that needs GEOS or PROJ
/// takes the worker's own `WorkerEngines`.
public struct Route: Sendable {
    /// The parsed `route.json`.
    public let document: RouteDocument
    /// The legs in route order, placed on the chainage axis.
    public let legs: [Leg]
    /// Stations in route order; `estimated` ones placed on the modelled line at their chainage.
    public let stations: [Station]
    /// Extra vertices without km posts that refine the line's drawn shape.
    public let shapePoints: [ShapePoint]
    /// The modelled line: vertices with calibrated chainage, planar frame and snapping index.
    public let line: RouteLine
    /// Tunnels as chainage intervals (`tunnels.csv`).
    public let tunnels: [Tunnel]
    /// Terrain sections as non-overlapping chainage intervals (`terrain_sections.csv`).
    public let terrain: [TerrainSection]
    /// Named areas with their corridor polygons built.
    public let areas: [NamedArea]
    /// Sourced ruling gradients (`gradients.csv`).
    public let gradients: [RulingGradient]
    /// Places help comes from; `replacingReliefPoints` swaps in a user's own.
    public private(set) var reliefPoints: [ReliefPoint]
    /// Train speeds over chainage, for rail travel times; empty when the data has none.
    public let speeds: [SpeedSection]
    /// Alternative km posts kept for comparison; not used for calibration.
    public let alternatives: [PostAlternative]
    /// Elevation and average gradient along the route, from stations with sourced heights.
    public let profile: ElevationProfile
    /// The real track (`track.csv`) the line follows, with each stretch's source; nil when the line is
    /// drawn station to station. Its vertices are the line's vertices.
    public let track: TrackGeometry?
    /// Problems found in the data while building (e.g. km posts closer than the straight line).
    public let warnings: [DataWarning]

    /// The same route with other relief points (e.g. a user's own hospitals and staging areas).
    public func replacingReliefPoints(_ points: [ReliefPoint]) -> Route {
        var copy = self
        copy.reliefPoints = points
        return copy
    }

    /// Route length in km (the last station's chainage).
    public var lengthKm: Double { line.lengthKm }

    /// ±km every chainage derived from km posts carries (post rounding in the route diagrams).
    public var postRoundingKm: Double { document.postRoundingKm }

    /// The leg holding `km` (the earlier leg at a junction).
    public func leg(atChainage km: Double) -> Leg {
        legs.first { $0.contains(chainageKm: km) } ?? (km <= 0 ? legs.first! : legs.last!)
    }

    /// Line id and that line's km post at `km`.
    public func kmPost(atChainage km: Double) -> (line: String, kmPost: Double) {
        let leg = leg(atChainage: km)
        return (leg.line, leg.kmPost(atChainage: km))
    }

    /// The chainage of `post` on line `line`: one answer for each leg of that line covering the post.
    public func chainages(atPost post: Double, line: String) -> [Double] {
        legs.filter { $0.line == line && $0.coversPost(post) }.map { $0.chainage(atPost: post) }
    }

    /// The line id for a name or alias (case-insensitive), e.g. "ml3" → "ML-3".
    public func lineID(named name: String) -> String? {
        let key = NameKey(name)
        return document.lines.first { line in
            NameKey(line.id) == key || NameKey(line.name) == key || (line.aliases ?? []).contains { NameKey($0) == key }
        }?.id
    }
}

/// A problem in the data that the model carries rather than hides.
public struct DataWarning: Sendable, Hashable, CustomStringConvertible {
    /// A short code naming the check, e.g. `posts-shorter-than-straight-line` (the codes are listed in
    /// FORMAT.md, "Data checks").
    public var code: String
    /// A readable explanation with the figures.
    public var message: String
    /// The chainage interval concerned, if any.
    public var fromKm: Double?
    /// End of the chainage interval concerned (km from the route's origin), if any.
    public var toKm: Double?
    /// The station at the start of the section concerned (nearer the origin), if the warning is about a section or a station.
    public var fromStation: String? = nil
    /// The station at the end of the section concerned, if any.
    public var toStation: String? = nil
    /// The figures the warning rests on, in a fixed order (e.g. `straight_km`, `posts_km`, `ratio`).
    public var figures: [DataFigure] = []

    /// The message.
    public var description: String { message }
}

/// One named figure behind a data warning, e.g. `ratio` 1.45.
public struct DataFigure: Sendable, Hashable {
    /// snake_case name, used as the JSON key in `routemap summary`.
    public var name: String
    /// The value (km for names ending in `_km`).
    public var value: Double

    /// A figure called `name` with `value`.
    public init(_ name: String, _ value: Double) {
        self.name = name
        self.value = value
    }
}
