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

    /// A snapper using `engines`' PROJ context (held for the snapper's lifetime).
    public init(route: Route, engines: WorkerEngines) throws {
        self.route = route
        self.engines = engines
        frame = try engines.proj.transverseMercator(centralMeridian: route.line.centralMeridian)
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

    /// Snaps many points at once (the throughput path): one PROJ call per chunk, then the grid.
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
            segment = line.grid.nearest(to: p, segmentCount: line.segmentCount, distance2: distance2)
        }
        let a = planar[segment], b = planar[segment + 1]
        let (t, _) = Self.project(p, a, b)
        let cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
        return (segment, t, cross > 0 ? .left : .right)
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
