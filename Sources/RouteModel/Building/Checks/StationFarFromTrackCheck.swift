import Foundation
import GeoEngines

/// Stations whose published coordinate lies more than `limitM` (300 m) from the real track
/// (`track.csv`): the coordinate may be the town's, or the track may be missing there. Such a station
/// is shown at its coordinate but its chainage comes from its km post.
public struct StationFarFromTrackCheck: DataCheck {
    /// Farther than this (m) from the track is reported.
    public static let limitM = 300.0

    /// The check with the 300 m limit.
    public init() {}

    public func warnings(_ input: DataCheckInput) -> [DataWarning] {
        guard input.data.track != nil else { return [] }
        return input.data.stations.compactMap { record in
            guard let position = record.publishedPosition else { return nil }
            let distance = Self.distanceM(from: position, to: input.line.points)
            guard distance > Self.limitM else { return nil }
            let s = record.station
            return DataWarning(code: "station-far-from-track",
                               message: "\(s.name): its coordinate (\(s.coordinateSource.isEmpty ? s.positionSource.rawValue : s.coordinateSource)) is \((distance / 1000).trimmed(2)) km from the OpenStreetMap track; it may be the town's rather than the station's, or the track may be missing there; its chainage comes from its km post",
                               fromKm: s.chainageKm, toKm: nil, fromStation: s.name, figures: [DataFigure("distance_to_track_m", distance.rounded())])
        }
    }

    /// Distance (m) from `p` to the polyline, in a local equirectangular frame around `p` (exact to well
    /// under 1 % at the distances reported here), over the segments near enough to matter.
    static func distanceM(from p: GeoPoint, to line: [GeoPoint]) -> Double {
        let mPerDegLat = 111_320.0, mPerDegLon = 111_320.0 * cos(p.lat * .pi / 180)
        var best = Double.infinity
        for (a, b) in zip(line, line.dropFirst()) {
            let ax = (a.lon - p.lon) * mPerDegLon, ay = (a.lat - p.lat) * mPerDegLat
            let bx = (b.lon - p.lon) * mPerDegLon, by = (b.lat - p.lat) * mPerDegLat
            if (ax > best && bx > best) || (ax < -best && bx < -best) || (ay > best && by > best) || (ay < -best && by < -best) { continue }
            let dx = bx - ax, dy = by - ay, length2 = dx * dx + dy * dy
            let t = length2 > 0 ? min(max(-(ax * dx + ay * dy) / length2, 0), 1) : 0
            let x = ax + t * dx, y = ay + t * dy
            best = min(best, (x * x + y * y).squareRoot())
        }
        return best
    }
}
