import GeoEngines

/// The modelled line: vertices (stations with coordinates and shape points) joined in chainage order,
/// each with its calibrated chainage, plus the planar frame and index used for snapping.
///
/// Between two vertices the line is the geodesic between them; a point a fraction f of the way along a
/// segment has chainage interpolated by the same f. Lateral shape between stations is therefore only
/// approximate (the real track winds), while along-track figures come from the km posts.
public struct RouteLine: Sendable {
    /// Vertex positions, WGS84.
    public let points: [GeoPoint]
    /// Calibrated chainage (km) at each vertex, strictly non-decreasing.
    public let chainageKm: [Double]
    /// Geodesic length (m) of the modelled line from the first vertex to each vertex.
    public let modelLengthM: [Double]
    /// Central meridian of the route's transverse Mercator frame (PROJ `+proj=tmerc`).
    public let centralMeridian: Double
    /// Vertex positions in that frame, metres.
    let planar: [XY]
    /// Planar length over geodesic length per segment (the frame's scale there).
    let segmentScale: [Double]
    let tree: SegmentTree

    init(points: [GeoPoint], chainageKm: [Double], modelLengthM: [Double], centralMeridian: Double, planar: [XY]) {
        self.points = points
        self.chainageKm = chainageKm
        self.modelLengthM = modelLengthM
        self.centralMeridian = centralMeridian
        self.planar = planar
        segmentScale = (0..<(points.count - 1)).map { i in
            let geodesic = modelLengthM[i + 1] - modelLengthM[i]
            let dx = planar[i + 1].x - planar[i].x, dy = planar[i + 1].y - planar[i].y
            return geodesic > 0 ? (dx * dx + dy * dy).squareRoot() / geodesic : 1
        }
        tree = SegmentTree(vertices: planar)
    }

    /// Number of segments (vertices − 1).
    public var segmentCount: Int { points.count - 1 }

    /// The route's length in chainage km.
    public var lengthKm: Double { chainageKm.last! }

    /// The segment whose chainage range holds `km` (the earlier one at a shared vertex).
    func segment(atChainage km: Double) -> Int {
        var lo = 0, hi = segmentCount - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if chainageKm[mid + 1] < km { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Fraction of segment `s` at chainage `km`.
    func fraction(ofSegment s: Int, atChainage km: Double) -> Double {
        let span = chainageKm[s + 1] - chainageKm[s]
        return span > 0 ? min(max((km - chainageKm[s]) / span, 0), 1) : 0
    }

    /// The point of the modelled line at chainage `km` (clamped to the line).
    public func point(atChainage km: Double) -> GeoPoint {
        let s = segment(atChainage: km)
        return point(onSegment: s, fraction: fraction(ofSegment: s, atChainage: km))
    }

    /// The point a fraction `f` along segment `s` (geodesic interpolation).
    func point(onSegment s: Int, fraction f: Double) -> GeoPoint {
        if f <= 0 { return points[s] }
        if f >= 1 { return points[s + 1] }
        return Geodesic.wgs84.intermediate(points[s], points[s + 1], fraction: f)
    }

    /// The part of the line between two chainages, as a polyline with both ends included.
    public func subline(fromKm: Double, toKm: Double) -> [GeoPoint] {
        let a = min(max(min(fromKm, toKm), 0), lengthKm), b = min(max(max(fromKm, toKm), 0), lengthKm)
        var result = [point(atChainage: a)]
        for i in points.indices where chainageKm[i] > a && chainageKm[i] < b { result.append(points[i]) }
        let end = point(atChainage: b)
        if end != result.last || result.count == 1 { result.append(end) }
        return result
    }

    /// Geodesic length (m) of the modelled line between two chainages.
    public func modelLengthM(fromKm: Double, toKm: Double) -> Double {
        let line = subline(fromKm: fromKm, toKm: toKm)
        return zip(line, line.dropFirst()).reduce(0) { $0 + Geodesic.wgs84.distance($1.0, $1.1) }
    }
}
