import GeoEngines

/// Which side of the line a point lies on, looking in the direction of increasing chainage.
public enum LineSide: String, Sendable {
    case left, right
    /// On the line (within a millimetre).
    case on
}

/// Where a point meets the route.
public struct SnapResult: Sendable, Equatable {
    /// Chainage (km from the origin) of the nearest point of the modelled line.
    public var chainageKm: Double
    /// Geodesic distance (m) from the point to the line; for bulk snapping, the planar distance in the
    /// route's frame corrected by the frame's scale on that segment (agrees to well under 0.1 %).
    public var offsetM: Double
    /// Side of the line the point lies on, looking toward increasing chainage; `.on` within a millimetre.
    public var side: LineSide
    /// The nearest point of the modelled line.
    public var point: GeoPoint
    /// Id of the line at the snapped chainage (the earlier leg's line at a junction), e.g. `ML-3`.
    public var line: String
    /// That line's km post at the snapped chainage, km, interpolated linearly along the leg.
    public var kmPost: Double
    /// Index of the segment of the modelled line.
    public var segment: Int
}

/// Snaps points to a route through a spatial index built once with the route; owned by one worker
/// because it holds that worker's PROJ transformer into the route's planar frame.
public final class RouteSnapper {
    /// The route points are snapped to.
    public let route: Route
    /// The engines the frame belongs to, kept alive as long as the snapper.
    private let engines: WorkerEngines
    private let frame: ProjTransformer
    private let search: SegmentSearch
    /// The last answer, tried first by the next query (consecutive points are often near each other).
    private var lastSegment: Int?

    /// A snapper using `engines`' PROJ context (held for the snapper's lifetime).
    public init(route: Route, engines: WorkerEngines) throws {
        self.route = route
        self.engines = engines
        frame = try engines.proj.transverseMercator(centralMeridian: route.line.centralMeridian)
        search = SegmentSearch(tree: route.line.tree, planar: route.line.planar)
    }

    /// The nearest point of the line to `point`. With `window` (chainage km), only that stretch is
    /// considered: use it where the line doubles back (hairpins, loops) and a rough position is known.
    public func snap(_ point: GeoPoint, window: ClosedRange<Double>? = nil) throws -> SnapResult {
        let p = try frame.forward(point)
        let (segment, t, side) = nearest(p, window: window)
        let line = route.line
        let chainage = line.chainageKm[segment] + t * (line.chainageKm[segment + 1] - line.chainageKm[segment])
        let foot = line.point(onSegment: segment, fraction: t)
        let offset = Geodesic.wgs84.distance(point, foot)
        let post = route.kmPost(atChainage: chainage)
        return SnapResult(chainageKm: chainage, offsetM: offset, side: offset < 0.001 ? .on : side, point: foot,
                          line: post.line, kmPost: post.kmPost, segment: segment)
    }

    /// Snaps many points at once (the throughput path): one PROJ call per chunk, then the segment tree.
    /// `lons`/`lats` are consumed; `body` receives each point's index and result, in order.
    public func snapMany(lons: [Double], lats: [Double], body: (Int, SnapResult) -> Void) {
        var xs = lons, ys = lats
        frame.forwardInPlace(xs: &xs, ys: &ys)
        let line = route.line
        for i in xs.indices {
            let p = XY(xs[i], ys[i])
            guard p.x.isFinite, p.y.isFinite else { continue }
            let (segment, t, side) = nearest(p, window: nil)
            let a = line.planar[segment], b = line.planar[segment + 1]
            let fx = a.x + t * (b.x - a.x) - p.x, fy = a.y + t * (b.y - a.y) - p.y
            let offset = (fx * fx + fy * fy).squareRoot() / line.segmentScale[segment]
            let chainage = line.chainageKm[segment] + t * (line.chainageKm[segment + 1] - line.chainageKm[segment])
            let post = route.kmPost(atChainage: chainage)
            body(i, SnapResult(chainageKm: chainage, offsetM: offset, side: offset < 0.001 ? .on : side,
                               point: GeoPoint(lon: lons[i], lat: lats[i]), line: post.line, kmPost: post.kmPost, segment: segment))
        }
    }

    /// Nearest segment, fraction along it and side, in the planar frame.
    private func nearest(_ p: XY, window: ClosedRange<Double>?) -> (Int, Double, LineSide) {
        let line = route.line
        let planar = line.planar
        func distance2(_ s: Int) -> Double {
            let (_, d2) = Self.project(p, planar[s], planar[s + 1])
            return d2
        }
        let segment: Int
        if let window {
            let first = line.segment(atChainage: window.lowerBound), last = line.segment(atChainage: window.upperBound)
            segment = (first...last).min { distance2($0) < distance2($1) }!
        } else {
            let found = search.nearest(to: p, hint: lastSegment)
            lastSegment = found.segment
            segment = found.segment
        }
        let a = planar[segment], b = planar[segment + 1]
        let (t, _) = Self.project(p, a, b)
        let cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
        return (segment, t, cross > 0 ? .left : .right)
    }

    /// The nearest point of every pass of the line within `radiusM` of `point` (a pass: a local minimum
    /// of the distance along the line), nearest first, at most `limit`; when none is that near, the
    /// nearest point of the line.
    func candidates(near point: GeoPoint, radiusM: Double, limit: Int = 8) throws -> [TraceCandidate] {
        let p = try frame.forward(point)
        let line = route.line
        var near: [(segment: Int, t: Double, offset: Double)] = []
        for s in line.tree.segments(near: p, radius: radiusM * 1.01) {
            let (t, d2) = Self.project(p, line.planar[s], line.planar[s + 1])
            let offset = d2.squareRoot() / line.segmentScale[s]
            if offset <= radiusM { near.append((s, t, offset)) }
        }
        // A pass is a local minimum of the distance along the line: where the line comes nearest and
        // turns away again (the two legs of a hairpin are two passes even where they meet in reach) —
        // a foot inside a segment, or a vertex nearer than both its neighbours' segments.
        var best: [(segment: Int, t: Double, offset: Double)] = []
        for (i, c) in near.enumerated() {
            if c.t > 0 && c.t < 1 { best.append(c); continue }
            let fallingIn = i == 0 || near[i - 1].segment != c.segment - 1 || near[i - 1].offset > c.offset
            let risingOut = i == near.count - 1 || near[i + 1].segment != c.segment + 1 || near[i + 1].offset >= c.offset
            if fallingIn && risingOut { best.append(c) }
        }
        if best.isEmpty {
            let r = try snap(point)
            let t = r.segment < line.segmentCount ? Self.project(p, line.planar[r.segment], line.planar[r.segment + 1]).0 : 0
            best = [(r.segment, t, r.offsetM)]
        }
        return best.sorted { $0.offset < $1.offset }.prefix(limit).map { c in
            let a = line.planar[c.segment], b = line.planar[c.segment + 1]
            let cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
            let chainage = line.chainageKm[c.segment] + c.t * (line.chainageKm[c.segment + 1] - line.chainageKm[c.segment])
            let post = route.kmPost(atChainage: chainage)
            let along = line.modelLengthM[c.segment] + c.t * (line.modelLengthM[c.segment + 1] - line.modelLengthM[c.segment])
            return TraceCandidate(result: SnapResult(chainageKm: chainage, offsetM: c.offset, side: c.offset < 0.001 ? .on : cross > 0 ? .left : .right,
                                                     point: line.point(onSegment: c.segment, fraction: c.t), line: post.line,
                                                     kmPost: post.kmPost, segment: c.segment),
                                  alongM: along)
        }
    }

    /// Fraction of the foot of `p` on segment ab (clamped) and the squared distance to it.
    @inline(__always)
    static func project(_ p: XY, _ a: XY, _ b: XY) -> (Double, Double) {
        let dx = b.x - a.x, dy = b.y - a.y
        let len2 = dx * dx + dy * dy
        var t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0
        t = min(max(t, 0), 1)
        let fx = a.x + t * dx - p.x, fy = a.y + t * dy - p.y
        return (t, fx * fx + fy * fy)
    }
}
