import Foundation
import GeoEngines

/// Stations out of order on the ground (`station-behind-predecessor`): for each section A → B between
/// consecutive stations with coordinates, the progress of A and B is measured along the local direction
/// of travel, from the station before A to the station after B (geodesic distance times the cosine of
/// the azimuth difference). If B's progress is less than A's, B lies behind A: the stations zigzag, and a
/// coordinate (or the order) is off. A bend, even a hairpin, does not trip this rule as long as the
/// stations keep advancing along the stretch.
public struct StationBehindCheck: DataCheck {
    /// The check.
    public init() {}

    public func warnings(_ input: DataCheckInput) -> [DataWarning] {
        let placed = input.data.stations.filter { $0.publishedPosition != nil }
        return StationSection.all(input.data.stations).enumerated().compactMap { i, s in
            let before = placed[max(i - 1, 0)], after = placed[min(i + 2, placed.count - 1)]
            let origin = before.publishedPosition!
            let heading = Geodesic.wgs84.inverse(origin, after.publishedPosition!).initialAzimuth
            func progressKm(_ p: GeoPoint) -> Double {
                let inverse = Geodesic.wgs84.inverse(origin, p)
                return inverse.distance * cos((inverse.initialAzimuth - heading) * .pi / 180) / 1000
            }
            let backKm = progressKm(s.from.publishedPosition!) - progressKm(s.to.publishedPosition!)
            guard backKm > 0 else { return nil }
            let path = [before, s.from, s.to].map(\.station.name).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
            return s.warning(code: "station-behind-predecessor",
                             message: "\(s.label): \(s.to.station.name) lies \(backKm.trimmed(2)) km behind \(s.from.station.name) along the line's local direction (\(before.station.name) → \(after.station.name)), a \(path.joined(separator: " → ")) zigzag; a coordinate or the station order is off",
                             extra: [DataFigure("behind_km", backKm)])
        }
    }
}
