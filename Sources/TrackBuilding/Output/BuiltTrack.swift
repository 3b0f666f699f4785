import GeoEngines

/// One vertex of a built track. `source`, `layer` and `structure` describe the stretch from this
/// vertex to the next one.
public struct TrackVertex: Sendable, Equatable {
    /// The `source` of a straight stretch that is not in the ways (a gap bridged, or two way ends joined).
    public static let connectorSource = "connector"

    /// WGS84 position.
    public var point: GeoPoint
    /// The way id the stretch to the next vertex lies on, or `connector`.
    public var source: String
    /// The way's OSM layer (nil on connectors and on the last vertex).
    public var layer: Int?
    /// Tunnel or bridge, when the way is one.
    public var structure: TrackStructureKind?
    /// The station attached to the track at this vertex (its km post is exactly here), if any.
    public var station: String?
}

/// How a station relates to the built track.
public struct StationOnTrack: Sendable, Equatable {
    /// The station's name.
    public var name: String
    /// Distance (m) from its coordinate to the nearest track, nil if none within the report radius or no coordinate.
    public var distanceM: Double?
    /// Whether the path passes through its attachment (its km post pins chainage there).
    public var onPath: Bool
    /// Why it is not on the path, or empty.
    public var note: String
}

/// The result of a track build.
public struct BuiltTrack: Sendable {
    /// The path's vertices from the first station to the last.
    public var vertices: [TrackVertex]
    /// Every station, with its distance to the track.
    public var stations: [StationOnTrack]
    /// Stations where the path reverses (both lines enter from the same side).
    public var reversals: [String]
    /// Graph size: ways read, distinct nodes and way ends joined within the tolerance.
    public var wayCount: Int
    /// Distinct vertices of the ways (nodes of the graph).
    public var nodeCount: Int
    /// Way ends joined to a nearby vertex within the join tolerance.
    public var joinCount: Int

    /// Each run of connector vertices as one connector: the stations it lies between and its geodesic length.
    public var connectors: [TrackConnector] {
        var result: [TrackConnector] = []
        var lastStation = ""
        var i = 0
        while i < vertices.count - 1 {
            if let s = vertices[i].station { lastStation = s }
            guard vertices[i].source == TrackVertex.connectorSource else { i += 1; continue }
            var j = i, length = 0.0
            while j < vertices.count - 1, vertices[j].source == TrackVertex.connectorSource {
                length += Geodesic.wgs84.distance(vertices[j].point, vertices[j + 1].point)
                j += 1
            }
            let nextStation = vertices[(i + 1)...].first { $0.station != nil }?.station ?? lastStation
            result.append(TrackConnector(from: vertices[i].point, to: vertices[j].point, lengthM: length,
                                         afterStation: lastStation, beforeStation: nextStation))
            i = j
        }
        return result
    }

    /// Geodesic length of the whole path, metres.
    public var lengthM: Double {
        zip(vertices, vertices.dropFirst()).reduce(0) { $0 + Geodesic.wgs84.distance($1.0.point, $1.1.point) }
    }
}

/// A straight stretch of the path that is not in the ways.
public struct TrackConnector: Sendable, Equatable {
    /// Where it leaves and rejoins the track.
    public var from: GeoPoint
    /// Where it rejoins the track (or reaches a station).
    public var to: GeoPoint
    /// Geodesic length, metres.
    public var lengthM: Double
    /// The last station before it, and the first station after it.
    public var afterStation: String
    /// The first station at or after its end.
    public var beforeStation: String
}
