import GeoEngines
import RouteModel

/// Where the modelled line lies within a band of geodesic distance from a point.
///
/// Each segment of the line (a geodesic between two vertices, with chainage interpolated along it) is
/// split recursively; a piece is decided without splitting when the triangle inequality bounds the
/// distance over it (every point of a piece of length ℓ whose ends are d₀ and d₁ away lies between
/// (d₀ + d₁ − ℓ)/2 and (d₀ + d₁ + ℓ)/2 away) entirely inside or outside the band. Pieces shorter
/// than the resolution are decided at their midpoint.
enum DistanceBand {
    /// Chainages whose line point is `band.lowerBound … band.upperBound` metres from `centre`.
    static func chainages(of line: RouteLine, from centre: GeoPoint, band: ClosedRange<Double>, resolutionM: Double) -> ChainageSet {
        var ranges: [ClosedRange<Double>] = []
        let geodesic = Geodesic.wgs84
        for s in 0..<line.segmentCount {
            let a = line.points[s], b = line.points[s + 1]
            let c0 = line.chainageKm[s], c1 = line.chainageKm[s + 1]
            let length = geodesic.distance(a, b)
            func point(_ t: Double) -> GeoPoint { geodesic.intermediate(a, b, fraction: t) }
            func refine(_ t0: Double, _ t1: Double, _ d0: Double, _ d1: Double) {
                let piece = (t1 - t0) * length
                let least = (d0 + d1 - piece) / 2, most = (d0 + d1 + piece) / 2
                if most < band.lowerBound || least > band.upperBound { return }
                let chainage = (c0 + t0 * (c1 - c0))...(c0 + t1 * (c1 - c0))
                if least >= band.lowerBound && most <= band.upperBound {
                    ranges.append(chainage)
                    return
                }
                let tm = (t0 + t1) / 2
                let dm = geodesic.distance(centre, point(tm))
                if piece <= resolutionM {
                    if band.contains(dm) { ranges.append(chainage) }
                    return
                }
                refine(t0, tm, d0, dm)
                refine(tm, t1, dm, d1)
            }
            refine(0, 1, geodesic.distance(centre, a), geodesic.distance(centre, b))
        }
        return ChainageSet(ranges)
    }
}
