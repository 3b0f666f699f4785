import GeoEngines

/// Consistency checks of positions against km posts, reported as warnings with their figures.
enum DataChecks {
    /// Sections between consecutive stations with coordinates where the straight (geodesic) distance
    /// exceeds the km-post difference by more than the posts' rounding on both ends: a track cannot be
    /// shorter than the straight line, so a coordinate or a post there is off, and the calibration
    /// compresses that stretch.
    static func warnings(stations: [StationRecord], rounding: Double) -> [DataWarning] {
        let placed = stations.filter { $0.publishedPosition != nil }
        return zip(placed, placed.dropFirst()).compactMap { a, b in
            let straightKm = Geodesic.wgs84.distance(a.publishedPosition!, b.publishedPosition!) / 1000
            let postsKm = b.station.chainageKm - a.station.chainageKm
            guard straightKm > postsKm + 2 * rounding else { return nil }
            let message = String(format: "%@ → %@: %.2f km in a straight line but %.0f km by the km posts (ratio %.2f); a coordinate or a post is off, and chainage between them is compressed",
                                 a.station.name, b.station.name, straightKm, postsKm, straightKm / postsKm)
            return DataWarning(code: "posts-shorter-than-straight-line", message: message,
                               fromKm: a.station.chainageKm, toKm: b.station.chainageKm)
        }
    }
}
