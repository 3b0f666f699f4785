import GeoEngines

/// Everything a GeoData folder says, parsed and checked, before any geometry is built.
public struct RouteData: Sendable {
    public var document: RouteDocument
    /// Stations in route order; `position` is nil for stations without a published coordinate.
    public var stations: [StationRecord]
    public var shapePoints: [ShapePoint]
    public var tunnels: [Tunnel]
    public var terrain: [TerrainSection]
    /// Areas as read; their polygons are built with the route.
    public var areas: [NamedArea]
    public var gradients: [RulingGradient]
    public var reliefPoints: [ReliefPoint]
    public var speeds: [SpeedSection]
    public var alternatives: [PostAlternative]
}

/// A `stations.csv` row.
public struct StationRecord: Sendable, Hashable {
    public var station: Station
    /// The published coordinate, nil for `estimated` stations.
    public var publishedPosition: GeoPoint?
    /// The CSV line, for messages.
    public var line: Int
}
