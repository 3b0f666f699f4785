import GeoEngines
import GeoJSON

/// A longitude/latitude box in WGS84 degrees (west ≤ east; boxes across the antimeridian are not supported).
public struct MapBounds: Sendable, Equatable {
    /// Western edge, degrees of longitude.
    public var west: Double
    /// Southern edge, degrees of latitude.
    public var south: Double
    /// Eastern edge, degrees of longitude.
    public var east: Double
    /// Northern edge, degrees of latitude.
    public var north: Double

    /// Creates a box from its edges in degrees.
    public init(west: Double, south: Double, east: Double, north: Double) {
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }

    /// The box around every valid position of every feature, or `nil` when there is none.
    /// Positions outside the WGS84 ranges or not finite are ignored.
    public init?(extentOf collections: [FeatureCollection]) {
        var west = Double.infinity, south = Double.infinity, east = -Double.infinity, north = -Double.infinity
        for collection in collections {
            for feature in collection.features {
                feature.geometry?.forEachPosition { position in
                    guard position.isDrawable else { return }
                    west = min(west, position.longitude)
                    east = max(east, position.longitude)
                    south = min(south, position.latitude)
                    north = max(north, position.latitude)
                }
            }
        }
        guard west <= east else { return nil }
        self.init(west: west, south: south, east: east, north: north)
    }

    /// The box holding a circle of `radiusKm` around `centre` (geodesic, WGS84): for zooming on a
    /// point such as an incident with a margin.
    public static func around(_ centre: GeoPoint, radiusKm: Double) -> MapBounds {
        let metres = max(radiusKm, 0.001) * 1000
        let edge = { (azimuth: Double) in Geodesic.wgs84.direct(from: centre, azimuth: azimuth, distance: metres) }
        return MapBounds(west: edge(270).lon, south: edge(180).lat, east: edge(90).lon, north: edge(0).lat)
    }

    /// The box grown by `fraction` of its width and height on each side.
    public func padded(byFraction fraction: Double) -> MapBounds {
        let dx = (east - west) * fraction, dy = (north - south) * fraction
        return MapBounds(west: west - dx, south: south - dy, east: east + dx, north: north + dy)
    }

    /// The centre in degrees.
    public var centre: GeoPoint { GeoPoint(lon: (west + east) / 2, lat: (south + north) / 2) }
}
