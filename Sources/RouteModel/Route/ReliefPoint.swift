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
    public var id: String
    public var name: String
    public var kind: ReliefKind
    public var position: GeoPoint
    public var precision: ReliefPrecision
    /// The station it is served from, if any.
    public var station: String?
    public var role: String
    public var source: String

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
