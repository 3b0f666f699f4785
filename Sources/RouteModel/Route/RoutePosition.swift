import GeoEngines

/// Everything the route knows about one chainage: where it is, which line and km post, the stations
/// around it, elevation and gradient, tunnels and terrain.
public struct RoutePosition: Sendable {
    /// The chainage described, km from the route's origin (0 … route length).
    public var chainageKm: Double
    /// The point of the modelled line at this chainage, WGS84.
    public var point: GeoPoint
    /// Id of the line at this chainage (the earlier leg's line at a junction), e.g. `ML-3`.
    public var line: String
    /// That line's km post at this chainage, km, interpolated linearly along the leg.
    public var kmPost: Double
    /// The last station at or before this chainage and the first one after it (the same station twice
    /// at the route's end).
    public var stationBefore: Station
    /// The first station after this chainage (the last station again at the route's end).
    public var stationAfter: Station
    /// Interpolated elevation, nil where no sourced heights bracket the chainage closely.
    public var elevationM: Double?
    /// Where `elevationM` comes from (nil when it is unknown).
    public var elevationSource: ElevationSource?
    /// Average gradient of the section between known heights, ‰ in the direction of increasing chainage.
    public var gradientPerMille: Double?
    /// The sourced ruling gradient over this stretch, if any.
    public var rulingGradient: RulingGradient?
    /// Tunnels whose interval holds this chainage (for uncertain tunnels: might be in it).
    public var tunnels: [Tunnel]
    /// The terrain section holding this chainage; nil in a gap without terrain information.
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
                             elevationSource: profile.elevationSource(atChainage: km),
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
