import GeoEngines

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
