import Foundation
import GeoEngines

/// Two consecutive stations that both have a published coordinate (stations without one are skipped),
/// with the straight (WGS84 geodesic) distance between them and their distance by km posts.
struct StationSection {
    let from: StationRecord
    let to: StationRecord
    /// Geodesic distance between the two coordinates, km.
    let straightKm: Double
    /// Chainage difference, i.e. distance by the km posts, km.
    let postsKm: Double

    /// Straight line over post distance: a track is never shorter than the straight line, so above 1 a
    /// coordinate or a post is off (beyond rounding); far below 1 the track would have to wind a lot.
    var ratio: Double { straightKm / postsKm }

    /// The sections between consecutive stations with coordinates, in route order.
    static func all(_ stations: [StationRecord]) -> [StationSection] {
        let placed = stations.filter { $0.publishedPosition != nil }
        return zip(placed, placed.dropFirst()).map { a, b in
            StationSection(from: a, to: b,
                           straightKm: Geodesic.wgs84.distance(a.publishedPosition!, b.publishedPosition!) / 1000,
                           postsKm: b.station.chainageKm - a.station.chainageKm)
        }
    }

    /// "A → B".
    var label: String { "\(from.station.name) → \(to.station.name)" }

    /// The figures every section warning carries.
    var figures: [DataFigure] {
        [DataFigure("straight_km", straightKm), DataFigure("posts_km", postsKm), DataFigure("ratio", ratio)]
    }

    /// A warning about this section.
    func warning(code: String, message: String, extra: [DataFigure] = []) -> DataWarning {
        DataWarning(code: code, message: message, fromKm: from.station.chainageKm, toKm: to.station.chainageKm,
                    fromStation: from.station.name, toStation: to.station.name, figures: figures + extra)
    }
}

extension Double {
    /// The value with exactly `digits` decimals ("0.60").
    func fixed(_ digits: Int) -> String { String(format: "%.\(digits)f", self) }

    /// The value with at most `digits` decimals and no trailing zeros ("8", "2.5", "1.45").
    func trimmed(_ digits: Int) -> String {
        var text = String(format: "%.\(digits)f", self)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
