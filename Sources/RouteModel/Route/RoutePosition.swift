import GeoEngines

/// Everything the route knows about one chainage: where it is, which line and km post, the stations
/// around it, elevation and gradient, tunnels and terrain.
public struct RoutePosition: Sendable {
    public var chainageKm: Double
    public var point: GeoPoint
    public var line: String
    public var kmPost: Double
    /// The last station at or before this chainage and the first one after it (the same station twice
    /// at the route's end).
    public var stationBefore: Station
    public var stationAfter: Station
    /// Interpolated elevation, nil where no sourced heights bracket the chainage closely.
    public var elevationM: Double?
    /// Average gradient of the section between known heights, ‰ in the direction of increasing chainage.
    public var gradientPerMille: Double?
    /// The sourced ruling gradient over this stretch, if any.
    public var rulingGradient: RulingGradient?
    /// Tunnels whose interval holds this chainage (for uncertain tunnels: might be in it).
    public var tunnels: [Tunnel]
    public var terrain: TerrainSection?
    /// Whether the chainage is in a mountainous section.
    public var mountainous: Bool { terrain?.mountainous ?? false }
}

extension Route {
    /// Describes the point at chainage `km` (0 … length).
    public func position(atChainage km: Double) -> RoutePosition {
        let (before, after) = stations(around: km)
        let post = kmPost(atChainage: km)
        return RoutePosition(chainageKm: km, point: line.point(atChainage: km), line: post.line, kmPost: post.kmPost,
                             stationBefore: before, stationAfter: after,
                             elevationM: profile.elevation(atChainage: km),
                             gradientPerMille: profile.section(atChainage: km)?.perMille,
                             rulingGradient: profile.rulingGradient(atChainage: km),
                             tunnels: tunnels.filter { km >= $0.fromKm && km <= $0.toKm },
                             terrain: terrain.first { km >= $0.fromKm && km <= $0.toKm })
    }

    /// The last station at or before `km` and the first station after it.
    public func stations(around km: Double) -> (before: Station, after: Station) {
        let afterIndex = stations.firstIndex { $0.chainageKm > km } ?? stations.count - 1
        let beforeIndex = max(0, stations.lastIndex { $0.chainageKm <= km } ?? 0)
        return (stations[beforeIndex], stations[afterIndex])
    }

    /// The station with this name or alias (matching ignores case, spaces and punctuation).
    public func station(named name: String) -> Station? {
        let key = NameKey(name)
        return stations.first { NameKey($0.name) == key || $0.aliases.contains { NameKey($0) == key } }
    }
}
