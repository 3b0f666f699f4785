import Foundation
import GeoEngines

/// Spherical Web Mercator (EPSG:3857's formula, radius 6,378,137 m) scaled and centred so that a
/// ``MapBounds`` fits a pixel frame: a drawing transform for pictures, not a coordinate conversion.
///
/// The scale is the same on both axes (the smaller of frame width / box width and frame height /
/// box height, in Mercator metres), and the box's Mercator centre lands on the frame's centre.
public struct MercatorFit: Sendable {
    /// The sphere's radius in metres.
    public static let radius = 6_378_137.0
    /// Latitudes are clamped to ±this many degrees, Web Mercator's square world.
    public static let maxLatitude = 85.051_128_78

    /// The box that was fitted.
    public let bounds: MapBounds
    /// The pixel frame it was fitted into.
    public let frame: PixelRect
    /// Pixels per Mercator metre.
    public let scale: Double
    private let centreX: Double
    private let centreY: Double

    /// Fits `bounds` into `frame`. A box with no width or height is treated as 1 m across.
    public init(bounds: MapBounds, frame: PixelRect) {
        self.bounds = bounds
        self.frame = frame
        let lowerLeft = Self.mercator(lon: bounds.west, lat: bounds.south)
        let upperRight = Self.mercator(lon: bounds.east, lat: bounds.north)
        let spanX = max(upperRight.x - lowerLeft.x, 1), spanY = max(upperRight.y - lowerLeft.y, 1)
        scale = min(frame.width / spanX, frame.height / spanY)
        centreX = (lowerLeft.x + upperRight.x) / 2
        centreY = (lowerLeft.y + upperRight.y) / 2
    }

    /// Web Mercator metres for a longitude/latitude in degrees.
    public static func mercator(lon: Double, lat: Double) -> (x: Double, y: Double) {
        let phi = min(max(lat, -maxLatitude), maxLatitude) * .pi / 180
        return (radius * lon * .pi / 180, radius * log(tan(.pi / 4 + phi / 2)))
    }

    /// The pixel for a longitude/latitude in degrees.
    public func pixel(lon: Double, lat: Double) -> (x: Double, y: Double) {
        let m = Self.mercator(lon: lon, lat: lat)
        return (frame.midX + (m.x - centreX) * scale, frame.midY - (m.y - centreY) * scale)
    }

    /// The longitude/latitude shown at a pixel (the inverse of ``pixel(lon:lat:)``).
    public func coordinate(x: Double, y: Double) -> GeoPoint {
        let mx = centreX + (x - frame.midX) / scale, my = centreY - (y - frame.midY) / scale
        return GeoPoint(lon: mx / Self.radius * 180 / .pi, lat: (2 * atan(exp(my / Self.radius)) - .pi / 2) * 180 / .pi)
    }

    /// Ground metres per pixel east–west through the frame's centre, measured on the WGS84 ellipsoid
    /// (``Geodesic/wgs84``) between points 50 px either side of the centre.
    public var metresPerPixelAtCentre: Double {
        let west = coordinate(x: frame.midX - 50, y: frame.midY), east = coordinate(x: frame.midX + 50, y: frame.midY)
        return Geodesic.wgs84.distance(west, east) / 100
    }
}
