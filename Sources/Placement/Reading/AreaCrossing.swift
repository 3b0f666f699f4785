import GeoEngines
import RouteModel

/// Where the modelled line lies inside an area's polygon: GEOS intersects each segment of the line
/// with the polygon in the route's planar (transverse Mercator) frame, and the ends of the pieces are
/// turned back into chainage by their fraction along the segment.
struct AreaCrossing {
    private let line: RouteLine
    private let frame: ProjTransformer
    private let geos: GEOSContext
    /// The line's vertices in the frame.
    private let planar: [XY]

    init(route: Route, engines: WorkerEngines) throws {
        line = route.line
        let frame = try engines.proj.transverseMercator(centralMeridian: route.line.centralMeridian)
        self.frame = frame
        geos = engines.geos
        planar = try route.line.points.map { try frame.forward($0) }
    }

    /// The chainages at which the line is inside `area.polygon` (boundary included).
    func chainages(inside area: NamedArea) throws -> ChainageSet {
        let rings = try area.polygon.map { ring in try ring.map { try frame.forward($0) } }
        let polygon = try GEOSGeometry.polygon(rings, in: geos)
        let xs = rings.flatMap { $0.map(\.x) }, ys = rings.flatMap { $0.map(\.y) }
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return .empty }
        var ranges: [ClosedRange<Double>] = []
        for s in 0..<line.segmentCount {
            let a = planar[s], b = planar[s + 1]
            guard max(a.x, b.x) >= minX, min(a.x, b.x) <= maxX, max(a.y, b.y) >= minY, min(a.y, b.y) <= maxY else { continue }
            let pieces = try GEOSGeometry.lineString([a, b], in: geos).intersection(polygon).parts()
            for piece in pieces {
                let ends: [XY]
                switch piece {
                case .lineString(let coordinates): ends = coordinates
                case .point(let p): ends = [p]
                case .polygon, .empty: continue
                }
                let chainages = ends.map { chainage(of: $0, onSegment: s) }
                ranges.append(chainages.min()!...chainages.max()!)
            }
        }
        return ChainageSet(ranges)
    }

    /// The chainage of planar point `p` lying on segment `s`, by its fraction along the segment.
    private func chainage(of p: XY, onSegment s: Int) -> Double {
        let a = planar[s], b = planar[s + 1]
        let dx = b.x - a.x, dy = b.y - a.y
        let length2 = dx * dx + dy * dy
        let t = length2 > 0 ? min(max(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0), 1) : 0
        return line.chainageKm[s] + t * (line.chainageKm[s + 1] - line.chainageKm[s])
    }
}
