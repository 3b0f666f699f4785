import CPROJ

/// One geodesic from `start` to `end`, set up once (`geod_inverseline`) so that points along it cost a
/// single `geod_position` each.
public struct GeodesicSegment: Sendable {
    /// The geodesic's first end, WGS84.
    public let start: GeoPoint
    /// The geodesic's second end, WGS84.
    public let end: GeoPoint
    private let line: geod_geodesicline

    /// The geodesic from `start` to `end` on `geodesic`'s ellipsoid.
    public init(from start: GeoPoint, to end: GeoPoint, on geodesic: Geodesic = .wgs84) {
        self.start = start
        self.end = end
        line = geodesic.inverseLine(start, end)
    }

    /// Length in metres.
    public var length: Double { line.s13 }

    /// The point a `fraction` (0…1) of the way along.
    public func point(atFraction fraction: Double) -> GeoPoint {
        if fraction <= 0 { return start }
        if fraction >= 1 { return end }
        var copy = line
        var lat = 0.0, lon = 0.0, azi = 0.0
        geod_position(&copy, line.s13 * fraction, &lat, &lon, &azi)
        return GeoPoint(lon: lon, lat: lat)
    }

    /// The nearest and farthest geodesic distances (m) from `point` to any point of this segment.
    /// The farthest is at an end; the nearest is at an end or, when the distance falls away from both
    /// ends, found by golden-section search to within a millimetre.
    public func distanceRange(from point: GeoPoint, on geodesic: Geodesic = .wgs84) -> ClosedRange<Double> {
        let d0 = geodesic.distance(start, point), d1 = geodesic.distance(end, point)
        let far = max(d0, d1)
        let step = min(0.5, 0.001 / max(length, 0.001))
        let fallsFromStart = geodesic.distance(self.point(atFraction: step), point) < d0
        let fallsFromEnd = geodesic.distance(self.point(atFraction: 1 - step), point) < d1
        guard fallsFromStart && fallsFromEnd else { return min(d0, d1)...far }
        let ratio = (5.0.squareRoot() - 1) / 2
        var a = 0.0, b = 1.0
        var c = b - ratio * (b - a), d = a + ratio * (b - a)
        var fc = geodesic.distance(self.point(atFraction: c), point), fd = geodesic.distance(self.point(atFraction: d), point)
        while (b - a) * length > 0.001 {
            if fc < fd {
                b = d; d = c; fd = fc
                c = b - ratio * (b - a); fc = geodesic.distance(self.point(atFraction: c), point)
            } else {
                a = c; c = d; fc = fd
                d = a + ratio * (b - a); fd = geodesic.distance(self.point(atFraction: d), point)
            }
        }
        return min(fc, fd, d0, d1)...far
    }
}

extension Geodesic {
    /// The `geod_geodesicline` from `a` to `b` with positions and distances enabled.
    func inverseLine(_ a: GeoPoint, _ b: GeoPoint) -> geod_geodesicline {
        var line = geod_geodesicline()
        let caps = GEOD_LATITUDE.rawValue | GEOD_LONGITUDE.rawValue | GEOD_DISTANCE_IN.rawValue
        geod_inverseline(&line, storage.pointer, a.lat, a.lon, b.lat, b.lon, caps)
        return line
    }
}
