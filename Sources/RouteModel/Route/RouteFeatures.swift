import GeoEngines

/// How a station's position was obtained.
public enum PositionSource: String, Sendable, CaseIterable {
    /// An OpenStreetMap station node.
    case osm
    /// A Wikipedia infobox.
    case wikipedia
    /// A geocoder result (lower grade).
    case geocoder
    /// No published coordinate: placed on the modelled line at its km post, between its neighbours.
    case estimated
}

/// Whether the train stops at a station, as far as the sources say.
public enum StopStatus: String, Sendable, CaseIterable {
    case yes, no, unknown, doubtful, likely
}

/// A station on the route, in route order.
public struct Station: Sendable, Hashable {
    public var seq: Int
    public var name: String
    public var aliases: [String]
    /// The line (leg) the station lies on, e.g. `ML-3`.
    public var line: String
    /// That line's official km post.
    public var kmPost: Double
    /// Kilometres from the route's origin, from the km posts.
    public var chainageKm: Double
    /// WGS84 position; for `estimated` stations, the point of the modelled line at `chainageKm`.
    public var position: GeoPoint
    public var positionSource: PositionSource
    public var elevationM: Double?
    public var stops: StopStatus
    public var coordinateSource: String
    public var elevationSource: String
    public var notes: String
}

/// A station-like point with no km post, used only to shape the line between two stations.
public struct ShapePoint: Sendable, Hashable {
    public var name: String
    public var position: GeoPoint
    public var afterStation: String
    public var beforeStation: String
    public var source: String
}

/// How well an event's position on the chainage axis is known.
public enum EventCertainty: String, Sendable, CaseIterable {
    /// Position and extent are given by a source.
    case known
    /// Only known to lie between two stations: the event spans that whole interval.
    case betweenStations = "between-stations"
    /// The position itself is in doubt.
    case uncertain
}

/// A tunnel as an event on the chainage axis.
public struct Tunnel: Sendable, Hashable {
    public var id: String
    /// The tunnel's number where reports give one (e.g. "8").
    public var number: String?
    public var name: String
    public var fromKm: Double
    public var toKm: Double
    public var fromStation: String?
    public var toStation: String?
    public var certainty: EventCertainty
    public var basis: String
    public var source: String
}

/// A stretch of terrain along the line (plateau, pass, valley, plain).
public struct TerrainSection: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: String
    public var mountainous: Bool
    public var fromKm: Double
    public var toKm: Double
    public var description: String
    public var source: String
}

/// A named area (e.g. "Bolan Pass"), modelled as a corridor of `halfWidthKm` around a stretch of line.
public struct NamedArea: Sendable, Hashable {
    public var id: String
    public var name: String
    public var aliases: [String]
    public var fromKm: Double
    public var toKm: Double
    public var halfWidthKm: Double
    public var basis: String
    public var source: String
    /// The corridor polygon in WGS84: exterior ring first, closed; built when the route is built.
    public var polygon: [[GeoPoint]]
}

/// A sourced ruling (steepest) gradient over a stretch.
public struct RulingGradient: Sendable, Hashable {
    public var id: String
    public var fromKm: Double
    public var toKm: Double
    /// As the source writes it, e.g. "1 in 25".
    public var ruling: String
    public var perMille: Double
    public var source: String
}

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
}

/// A train speed over a stretch, for rail travel-time estimates.
public struct SpeedSection: Sendable, Hashable {
    public var fromKm: Double
    public var toKm: Double
    public var speedKmh: Double
    /// `sourced`, `derived` or `assumption`.
    public var basis: String
    public var source: String
}

/// An alternative km post from another edition of the route diagrams, kept on record.
public struct PostAlternative: Sendable, Hashable {
    public var station: String
    public var line: String
    public var currentKmPost: Double
    public var alternativeKmPost: Double
    public var source: String
    public var notes: String
}
