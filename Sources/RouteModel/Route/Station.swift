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
