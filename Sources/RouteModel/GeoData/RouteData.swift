import GeoEngines

/// Everything a GeoData folder says, parsed and checked, before any geometry is built.
public struct RouteData: Sendable {
    /// The parsed `route.json`.
    public var document: RouteDocument
    /// Stations in route order; `publishedPosition` is nil for stations without a published coordinate.
    public var stations: [StationRecord]
    /// `shape_points.csv` rows; empty when the file is absent.
    public var shapePoints: [ShapePoint]
    /// `tunnels.csv` rows; empty when the file is absent.
    public var tunnels: [Tunnel]
    /// `terrain_sections.csv` rows (checked not to overlap); empty when the file is absent.
    public var terrain: [TerrainSection]
    /// Areas as read; their polygons are built with the route.
    public var areas: [NamedArea]
    /// `gradients.csv` rows; empty when the file is absent.
    public var gradients: [RulingGradient]
    /// `relief_points.csv` rows; empty when the file is absent.
    public var reliefPoints: [ReliefPoint]
    /// `speeds.csv` rows, checked to cover chainage 0 to the route's end without gaps; empty when the file is absent.
    public var speeds: [SpeedSection]
    /// `alternatives.csv` rows, kept for comparison and not used for calibration; empty when the file is absent.
    public var alternatives: [PostAlternative]
    /// What the loader noticed but could repair (e.g. an alias dropped because it only repeats the name),
    /// reported with the route's data warnings rather than silently.
    public var loadWarnings: [DataWarning] = []
    /// `track.csv`: the real line vertex by vertex; nil when absent (the line is then drawn station to station).
    public var track: TrackGeometry? = nil
}

/// A `stations.csv` row.
public struct StationRecord: Sendable, Hashable {
    /// The station as read; for `estimated` stations its `position` is a (0, 0) placeholder until the route is built.
    public var station: Station
    /// The published coordinate, nil for `estimated` stations.
    public var publishedPosition: GeoPoint?
    /// The CSV line, for messages.
    public var line: Int
}
