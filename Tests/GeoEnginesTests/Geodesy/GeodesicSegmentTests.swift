import Testing
@testable import GeoEngines

@Suite struct GeodesicSegmentTests {
    /// Against brute force: the segment sampled every 10 m (points from pyproj-verified `intermediate`).
    @Test func distanceRangeMatchesDenseSampling() {
        let a = GeoPoint(lon: 67.6669498, lat: 29.6174521), b = GeoPoint(lon: 67.7306188, lat: 29.5647815)   // Pehro Kunri → Mushkaf
        let segment = GeodesicSegment(from: a, to: b)
        let samples = Geodesic.wgs84.densify(a, b, maxSpacing: 10)
        for point in [GeoPoint(lon: 67.70, lat: 29.60), GeoPoint(lon: 67.9, lat: 29.55), GeoPoint(lon: 67.0, lat: 30.19), a] {
            let brute = samples.map { Geodesic.wgs84.distance($0, point) }
            let range = segment.distanceRange(from: point)
            #expect(range.upperBound == brute.max()!)
            // The search finds the true minimum, never above the sampled one and at most ~1 mm below it
            // (between samples 10 m apart the distance can dip by well under a metre).
            #expect(range.lowerBound <= brute.min()! + 0.001)
            #expect(range.lowerBound >= brute.min()! - 1)
        }
    }

    @Test func pointsAlongAgreeWithIntermediate() {
        let a = GeoPoint(lon: 67, lat: 30), b = GeoPoint(lon: 71.5, lat: 34)
        let segment = GeodesicSegment(from: a, to: b)
        #expect(abs(segment.length - Geodesic.wgs84.distance(a, b)) < 1e-6)
        let p = segment.point(atFraction: 0.3)
        #expect(abs(Geodesic.wgs84.distance(a, p) - 0.3 * segment.length) < 1e-6)
    }
}
