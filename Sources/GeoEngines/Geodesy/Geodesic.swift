import CPROJ

/// The WGS84 ellipsoid's geodesic routines (GeographicLib, as shipped inside PROJ's `geodesic.h`).
///
/// Every distance in routemap is ellipsoidal, never haversine: results agree with GeographicLib and
/// pyproj's `Geod(ellps="WGS84")` to round-off. The value is immutable after `geod_init`, so it is safe
/// to share between threads.
public struct Geodesic: Sendable {
    let storage: EllipsoidStorage

    /// The WGS84 ellipsoid: a = 6,378,137 m, f = 1/298.257223563.
    public static let wgs84 = Geodesic(equatorialRadius: 6_378_137, flattening: 1 / 298.257223563)

    /// An ellipsoid with the given equatorial radius (metres) and flattening.
    public init(equatorialRadius: Double, flattening: Double) {
        storage = EllipsoidStorage(equatorialRadius: equatorialRadius, flattening: flattening)
    }

    /// Distance and azimuths of the geodesic from `a` to `b` (`geod_inverse`).
    public func inverse(_ a: GeoPoint, _ b: GeoPoint) -> GeodesicInverse {
        var s12 = 0.0, azi1 = 0.0, azi2 = 0.0
        geod_inverse(storage.pointer, a.lat, a.lon, b.lat, b.lon, &s12, &azi1, &azi2)
        return GeodesicInverse(distance: s12, initialAzimuth: azi1, finalAzimuth: azi2)
    }

    /// Distance in metres from `a` to `b` along the ellipsoid.
    public func distance(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        inverse(a, b).distance
    }

    /// The point reached from `start` after `distance` metres on initial azimuth `azimuth` (`geod_direct`).
    public func direct(from start: GeoPoint, azimuth: Double, distance: Double) -> GeoPoint {
        var lat2 = 0.0, lon2 = 0.0, azi2 = 0.0
        geod_direct(storage.pointer, start.lat, start.lon, azimuth, distance, &lat2, &lon2, &azi2)
        return GeoPoint(lon: lon2, lat: lat2)
    }

    /// The point a `fraction` (0…1) of the way along the geodesic from `a` to `b` (`geod_inverseline`).
    public func intermediate(_ a: GeoPoint, _ b: GeoPoint, fraction: Double) -> GeoPoint {
        densified(a, b, fractions: [fraction])[0]
    }

    /// Points along the geodesic from `a` to `b`, every at most `maxSpacing` metres, both ends included.
    /// Drawn on Web Mercator these follow the true shortest path rather than a straight screen line.
    public func densify(_ a: GeoPoint, _ b: GeoPoint, maxSpacing: Double) -> [GeoPoint] {
        let total = distance(a, b)
        let count = max(1, Int((total / max(maxSpacing, 1)).rounded(.up)))
        let fractions = (0...count).map { Double($0) / Double(count) }
        return densified(a, b, fractions: fractions)
    }

    private func densified(_ a: GeoPoint, _ b: GeoPoint, fractions: [Double]) -> [GeoPoint] {
        let segment = GeodesicSegment(from: a, to: b, on: self)
        return fractions.map { segment.point(atFraction: $0) }
    }
}

/// The answer to the inverse geodesic problem.
public struct GeodesicInverse: Sendable, Equatable {
    /// Ellipsoidal distance in metres.
    public var distance: Double
    /// Azimuth at the start, degrees clockwise from north, in (-180, 180].
    public var initialAzimuth: Double
    /// Azimuth at the end, in the direction of travel.
    public var finalAzimuth: Double

    /// Initial azimuth normalised to [0, 360).
    public var azimuthDegrees: Double { Self.normalised(initialAzimuth) }
    /// Azimuth from the end back to the start, normalised to [0, 360).
    public var backAzimuthDegrees: Double { Self.normalised(finalAzimuth + 180) }

    private static func normalised(_ a: Double) -> Double {
        let r = a.truncatingRemainder(dividingBy: 360)
        return r < 0 ? r + 360 : r
    }
}

/// The initialised `geod_geodesic`, allocated once and never written after `geod_init`, so reading it
/// from several threads is safe (GeographicLib's documented contract). Passing a pointer avoids copying
/// the 400-byte struct on every call.
final class EllipsoidStorage: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<geod_geodesic>

    init(equatorialRadius: Double, flattening: Double) {
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: geod_geodesic())
        geod_init(pointer, equatorialRadius, flattening)
    }

    deinit {
        pointer.deallocate()
    }
}
