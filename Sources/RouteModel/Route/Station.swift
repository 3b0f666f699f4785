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
    /// Position in route order, 1 … N and contiguous (`seq`).
    public var seq: Int
    /// Unique station name; other GeoData files refer to the station by it exactly.
    public var name: String
    /// Other spellings and codes, for matching free text in clues; never the name itself.
    public var aliases: [String]
    /// The line (leg) the station lies on, e.g. `ML-3`.
    public var line: String
    /// That line's official km post.
    public var kmPost: Double
    /// Kilometres from the route's origin, from the km posts.
    public var chainageKm: Double
    /// WGS84 position; for `estimated` stations, the point of the modelled line at `chainageKm`.
    public var position: GeoPoint
    /// How `position` was obtained.
    public var positionSource: PositionSource
    /// Elevation in metres where a source gives one (see `elevationSource`); nil otherwise.
    public var elevationM: Double?
    /// Whether the train stops here, as far as the sources say (`unknown` when not given).
    public var stops: StopStatus
    /// Short citation for the coordinate, e.g. `OSM node 2669085020`; empty for `estimated` stations.
    public var coordinateSource: String
    /// Short citation for `elevationM`, or empty.
    public var elevationSource: String
    /// Short notes: data doubts, closures, OSM quirks.
    public var notes: String
    /// How far `position` may be from the real station, km, where the data states it
    /// (`position_errors.csv`); nil when not stated.
    public var positionErrorKm: Double? = nil
    /// How `positionErrorKm` was found (one line), or nil.
    public var positionErrorBasis: String? = nil
}

/// A station-like point with no km post, used only to shape the line between two stations.
public struct ShapePoint: Sendable, Hashable {
    /// The point's name (e.g. an OSM halt); `between` clues can name it.
    public var name: String
    /// WGS84 position (required).
    public var position: GeoPoint
    /// The `stations.csv` station bracketing the point on the origin side (not necessarily adjacent to `beforeStation`).
    public var afterStation: String
    /// The `stations.csv` station bracketing the point on the far side.
    public var beforeStation: String
    /// Citation for the position.
    public var source: String
}
