/// A WGS84 position in decimal degrees, longitude first (the GeoJSON order).
public struct GeoPoint: Sendable, Hashable, CustomStringConvertible {
    /// Longitude in degrees, east positive, in [-180, 180].
    public var lon: Double
    /// Latitude in degrees, north positive, in [-90, 90].
    public var lat: Double

    /// Makes a point without checking ranges; use `validated(lon:lat:)` for user input.
    public init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }

    /// Makes a point, refusing non-finite values and values outside the WGS84 ranges.
    public static func validated(lon: Double, lat: Double) throws(GeoPointError) -> GeoPoint {
        guard lon.isFinite, lon >= -180, lon <= 180 else { throw .longitudeOutOfRange(lon) }
        guard lat.isFinite, lat >= -90, lat <= 90 else { throw .latitudeOutOfRange(lat) }
        return GeoPoint(lon: lon, lat: lat)
    }

    /// `(lon, lat)` in degrees.
    public var description: String { "(\(lon), \(lat))" }
}

/// Why a coordinate pair was refused.
public enum GeoPointError: Error, Equatable, CustomStringConvertible {
    case longitudeOutOfRange(Double)
    case latitudeOutOfRange(Double)

    /// A message naming the value and the valid range.
    public var description: String {
        switch self {
        case .longitudeOutOfRange(let v): return "longitude \(v) is outside [-180, 180]"
        case .latitudeOutOfRange(let v): return "latitude \(v) is outside [-90, 90]"
        }
    }
}
