/// A GeoJSON position: longitude and latitude in decimal degrees (WGS 84), optionally altitude
/// in metres. Written as `[lon, lat]` or `[lon, lat, z]`.
public struct Position: Sendable, Equatable, ExpressibleByArrayLiteral {
    /// Longitude in degrees, east positive; valid range [-180, 180].
    public var longitude: Double
    /// Latitude in degrees, north positive; valid range [-90, 90].
    public var latitude: Double
    /// Altitude or elevation in metres, if known.
    public var altitude: Double?

    /// Creates a position in GeoJSON order: longitude first.
    public init(longitude: Double, latitude: Double, altitude: Double? = nil) {
        self.longitude = longitude
        self.latitude = latitude
        self.altitude = altitude
    }

    /// Creates a position from `[lon, lat]` or `[lon, lat, z]`; any other count is a programming error.
    public init(arrayLiteral elements: Double...) {
        precondition(elements.count == 2 || elements.count == 3,
                     "a position literal needs [lon, lat] or [lon, lat, z], got \(elements.count) numbers")
        self.init(longitude: elements[0], latitude: elements[1], altitude: elements.count == 3 ? elements[2] : nil)
    }
}
