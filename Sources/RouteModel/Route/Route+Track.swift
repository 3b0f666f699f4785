extension Route {
    /// Where the line's geometry comes from, for map properties and legends.
    public var geometrySource: String {
        track == nil ? "straight lines between stations (approximate)" : "OpenStreetMap track (© OpenStreetMap contributors, ODbL); straight connectors where the ways have a gap"
    }

    /// Kilometres of the line between two chainages that are straight connectors (not OSM track), measured
    /// along the modelled line; 0 without a track.
    public func connectorKm(fromKm: Double, toKm: Double) -> Double {
        guard let track else { return 0 }
        var total = 0.0
        for i in track.sources.indices where track.isConnector(i) {
            let a = max(line.chainageKm[i], fromKm), b = min(line.chainageKm[i + 1], toKm)
            guard b > a, line.chainageKm[i + 1] > line.chainageKm[i] else { continue }
            let share = (b - a) / (line.chainageKm[i + 1] - line.chainageKm[i])
            total += share * (line.modelLengthM[i + 1] - line.modelLengthM[i]) / 1000
        }
        return total
    }
}
