import GeoEngines

/// Where a point meets the track: the nearest point of a graph edge.
struct TrackAttachment {
    /// The edge, and the fraction of the way from its `a` to its `b` node.
    var edge: Int
    var fraction: Double
    /// The attachment point (planar) and its WGS84 position.
    var xy: XY
    var geo: GeoPoint
    /// Planar distance from the attached point to the track, metres.
    var distanceM: Double
}

/// Finds the nearest track to points: a grid over the graph's edges, and the edges on short dead-end
/// branches (sidings, stubs), which lose to a through track lying within `throughPreferenceM` of the
/// nearest one.
struct TrackLocator {
    let graph: TrackGraph
    private let grid: NodeGrid
    private let onDeadEndBranch: [Bool]
    static let cellSize = 500.0
    static let throughPreferenceM = 30.0
    static let spurLengthM = 1_000.0

    init(graph: TrackGraph) {
        self.graph = graph
        grid = NodeGrid(boxes: graph.edges.map { e in
            let p = graph.xy[e.a], q = graph.xy[e.b]
            return (XY(min(p.x, q.x), min(p.y, q.y)), XY(max(p.x, q.x), max(p.y, q.y)))
        }, cellSize: Self.cellSize)
        onDeadEndBranch = Self.deadEndBranches(graph)
    }

    /// The attachment of `p` (planar) and `geo` within `radius` metres, preferring through track; nil if none.
    func attach(_ p: XY, geo: GeoPoint, within radius: Double) -> TrackAttachment? {
        let candidates = Set(grid.candidates(near: p, within: radius)).map { project(p, onto: $0) }.filter { $0.distanceM <= radius }
        guard let nearest = candidates.min(by: { $0.distanceM < $1.distanceM }) else { return nil }
        let through = candidates.filter { !onDeadEndBranch[$0.edge] && $0.distanceM <= nearest.distanceM + Self.throughPreferenceM }
        return through.min { $0.distanceM < $1.distanceM } ?? nearest
    }

    /// Distance (m) from `p` to the nearest track within `radius`, or nil.
    func distanceToTrack(_ p: XY, within radius: Double) -> Double? {
        grid.candidates(near: p, within: radius).map { project(p, onto: $0).distanceM }.filter { $0 <= radius }.min()
    }

    private func project(_ p: XY, onto e: Int) -> TrackAttachment {
        let edge = graph.edges[e]
        let a = graph.xy[edge.a], b = graph.xy[edge.b]
        let dx = b.x - a.x, dy = b.y - a.y
        let length2 = dx * dx + dy * dy
        let t = length2 > 0 ? min(max(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0), 1) : 0
        let q = XY(a.x + t * dx, a.y + t * dy)
        let ga = graph.geo[edge.a], gb = graph.geo[edge.b]
        return TrackAttachment(edge: e, fraction: t, xy: q,
                               geo: GeoPoint(lon: ga.lon + t * (gb.lon - ga.lon), lat: ga.lat + t * (gb.lat - ga.lat)),
                               distanceM: q.distance(to: p))
    }

    /// Edges of short dead-end branches (sidings, stubs): walking from a node with one neighbour back to
    /// the first junction covers less than `spurLengthM`. A longer dead end is a line (or a line cut off
    /// by a gap in the ways) and counts as through track.
    private static func deadEndBranches(_ graph: TrackGraph) -> [Bool] {
        var spur = [Bool](repeating: false, count: graph.edges.count)
        for start in graph.outgoing.indices where graph.outgoing[start].count == 1 {
            var walked: [Int] = [], length = 0.0, h = graph.outgoing[start][0]
            while true {
                walked.append(h >> 1)
                length += graph.edges[h >> 1].lengthM
                let next = graph.outgoing[graph.to(h)]
                guard next.count == 2, length < spurLengthM else { break }
                h = next[0] == graph.reversed(h) ? next[1] : next[0]
            }
            if length < spurLengthM { for e in walked { spur[e] = true } }
        }
        return spur
    }
}
