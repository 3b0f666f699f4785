import GeoEngines

/// Kinds of relief point.
public enum ReliefKind: String, Sendable, CaseIterable {
    case railStation = "rail_station"
    case hospital
    case stagingArea = "staging_area"
    case town
}

/// How precise a relief point's coordinate is.
public enum ReliefPrecision: String, Sendable, CaseIterable {
    /// The station's own coordinate.
    case station
    /// The site itself.
    case site
    /// Only the town's coordinate is known.
    case town
}

/// A place help comes from or casualties go to.
public struct ReliefPoint: Sendable, Hashable {
    /// Unique id from `relief_points.csv`.
    public var id: String
    /// Display name.
    public var name: String
    /// What kind of place it is.
    public var kind: ReliefKind
    /// WGS84 position, as precise as `precision` says.
    public var position: GeoPoint
    /// How precise `position` is; `town` precision is flagged in output.
    public var precision: ReliefPrecision
    /// The station it is served from, if any.
    public var station: String?
    /// One line: what the place did in the incident, with its source.
    public var role: String
    /// Citation(s).
    public var source: String

    /// A relief point from its parts (e.g. a user's own hospitals and staging areas).
    public init(id: String, name: String, kind: ReliefKind, position: GeoPoint, precision: ReliefPrecision,
                station: String?, role: String, source: String) {
        self.id = id
        self.name = name
        self.kind = kind
        self.position = position
        self.precision = precision
        self.station = station
        self.role = role
        self.source = source
    }
}
