import Foundation
import GeoEngines

/// How far from the modelled line a coordinate may lie before it is refused. A point tens of km off a
/// railway is almost always a mistake: longitude and latitude swapped, a dropped minus sign, a place on
/// another line. Refusing it (instead of snapping it silently to the nearest km of track) keeps a wrong
/// answer from being published.
public struct OffsetLimit: Sendable, Equatable {
    /// The default limit, km (`--max-offset-km`).
    public static let defaultKm = 50.0
    /// Coordinates farther than this from the line (km) are refused.
    public var maxKm: Double

    /// A limit of `maxKm` km (default 50).
    public init(maxKm: Double = OffsetLimit.defaultKm) {
        self.maxKm = maxKm
    }

    /// Why `point`, which snapped to `snap`, is refused, or nil when it is close enough. When the point
    /// with longitude and latitude swapped would be within the limit, the message says so.
    public func problem(_ point: GeoPoint, snap: SnapResult, snapper: RouteSnapper) -> String? {
        let offsetKm = snap.offsetM / 1000
        guard offsetKm > maxKm else { return nil }
        var message = "lon \(Self.degrees(point.lon)), lat \(Self.degrees(point.lat)) is \(Self.km(offsetKm)) km from the line, "
            + "more than the \(Self.km(maxKm)) km allowed (--max-offset-km)"
        if let swapped = try? GeoPoint.validated(lon: point.lat, lat: point.lon), let s = try? snapper.snap(swapped), s.offsetM / 1000 <= maxKm {
            message += "; longitude and latitude look swapped: lon \(Self.degrees(swapped.lon)), lat \(Self.degrees(swapped.lat)) "
                + "is \(Self.km(s.offsetM / 1000)) km from the line at chainage \(Self.km(s.chainageKm)) km"
        }
        return message
    }

    private static func degrees(_ v: Double) -> String { String(format: "%.6g", v) }
    private static func km(_ v: Double) -> String { String(format: v < 10 ? "%.1f" : "%.0f", v) }
}
