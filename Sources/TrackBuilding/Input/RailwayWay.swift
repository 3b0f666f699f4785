import GeoEngines

/// One railway way read from GeoJSON: an OSM way (or any LineString) with the tags the builder uses.
public struct RailwayWay: Sendable, Hashable {
    /// The way's id as the input gives it (OSM way id, e.g. `"23886412"`), used as each track vertex's source.
    public var id: String
    /// OSM `layer`: negative below ground, positive above (bridges), 0 when absent.
    public var layer: Int
    /// What the way is when the input says so (OSM `tunnel=*`, `bridge=*`), else inferred from `layer`.
    public var structure: TrackStructureKind?
    /// Vertices in the way's order.
    public var points: [GeoPoint]
}

/// A stretch of track that is not on the ground.
public enum TrackStructureKind: String, Sendable, CaseIterable {
    /// Below ground (OSM `tunnel=*`, or a negative `layer`).
    case tunnel
    /// Above ground (OSM `bridge=*`, or a positive `layer`).
    case bridge

    /// The kind a way's tags imply: explicit `tunnel`/`bridge` tags win, else the sign of `layer`.
    static func from(layer: Int, tunnel: Bool, bridge: Bool) -> TrackStructureKind? {
        if tunnel { return .tunnel }
        if bridge { return .bridge }
        return layer < 0 ? .tunnel : layer > 0 ? .bridge : nil
    }
}
