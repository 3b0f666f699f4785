import Foundation
import GeoEngines

/// The track as a graph: every way vertex a node (vertices with identical coordinates are one node,
/// which is how OSM ways meet), every segment between consecutive vertices an edge. Way ends left
/// without a neighbour are joined to the nearest node within `joinToleranceM` by a short join edge
/// (a connector), since exports sometimes split a way without sharing the node.
///
/// Geometry work happens in the planar transverse Mercator frame the builder chooses (metres).
struct TrackGraph {
    /// An undirected segment: its end nodes, planar length (m) and the way it comes from (nil for a join).
    struct Edge {
        var a: Int
        var b: Int
        var lengthM: Double
        var way: Int?
    }

    let ways: [RailwayWay]
    private(set) var geo: [GeoPoint] = []
    private(set) var xy: [XY] = []
    private(set) var edges: [Edge] = []
    /// Half-edges leaving each node: `2e` runs a→b along edge e, `2e+1` runs b→a.
    private(set) var outgoing: [[Int]] = []
    /// Joins added between way ends closer than the tolerance, with their lengths (m).
    private(set) var joins: [Int] = []

    init(ways: [RailwayWay], frame: (GeoPoint) throws -> XY, joinToleranceM: Double) throws {
        self.ways = ways
        var index: [GeoPoint: Int] = [:]
        func node(_ p: GeoPoint) throws -> Int {
            if let n = index[p] { return n }
            let n = geo.count
            index[p] = n
            geo.append(p)
            xy.append(try frame(p))
            outgoing.append([])
            return n
        }
        var wayEnds: [Int] = []
        for (w, way) in ways.enumerated() {
            var previous: Int?
            for p in way.points {
                let n = try node(p)
                if let a = previous, a != n { addEdge(a, n, way: w) }
                previous = n
            }
            if let first = way.points.first, let last = way.points.last {
                wayEnds += [try node(first), try node(last)]
            }
        }
        guard joinToleranceM > 0 else { return }
        let grid = NodeGrid(xy, cellSize: max(joinToleranceM, 1))
        for end in Set(wayEnds).sorted() where outgoing[end].count == 1 {
            let neighbours = Set(outgoing[end].map { to($0) })
            let near = grid.nodes(near: xy[end], within: joinToleranceM, points: xy)
                .filter { $0 != end && !neighbours.contains($0) }
                .min { distance(end, $0) < distance(end, $1) }
            if let other = near {
                joins.append(edges.count)
                addEdge(end, other, way: nil)
            }
        }
    }

    private mutating func addEdge(_ a: Int, _ b: Int, way: Int?) {
        let e = edges.count
        edges.append(Edge(a: a, b: b, lengthM: distance(a, b), way: way))
        outgoing[a].append(2 * e)
        outgoing[b].append(2 * e + 1)
    }

    /// Planar distance between two nodes, metres.
    func distance(_ a: Int, _ b: Int) -> Double { xy[a].distance(to: xy[b]) }

    /// The node a half-edge leaves from.
    func from(_ h: Int) -> Int { h & 1 == 0 ? edges[h >> 1].a : edges[h >> 1].b }
    /// The node a half-edge arrives at.
    func to(_ h: Int) -> Int { h & 1 == 0 ? edges[h >> 1].b : edges[h >> 1].a }
    /// The half-edge running the other way along the same edge.
    func reversed(_ h: Int) -> Int { h ^ 1 }

    /// Unit direction of travel along a half-edge.
    func direction(_ h: Int) -> XY { unit(from: xy[from(h)], to: xy[to(h)]) }

    /// Whether a train arriving along `incoming` may leave along `outgoing` without turning back:
    /// the change of heading must stay below `maxTurnDegrees`.
    func allowsTurn(from incoming: XY, to outgoing: XY, maxTurnDegrees: Double) -> Bool {
        incoming.x * outgoing.x + incoming.y * outgoing.y >= cos(maxTurnDegrees * .pi / 180) - 1e-12
    }
}

extension XY {
    /// Planar distance to another point.
    func distance(to other: XY) -> Double {
        let dx = other.x - x, dy = other.y - y
        return (dx * dx + dy * dy).squareRoot()
    }
}

/// The unit vector from `a` to `b` ((0, 0) when they coincide).
func unit(from a: XY, to b: XY) -> XY {
    let d = a.distance(to: b)
    return d > 0 ? XY((b.x - a.x) / d, (b.y - a.y) / d) : XY(0, 0)
}
