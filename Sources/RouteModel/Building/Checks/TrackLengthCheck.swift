/// Track length against km posts, section by section, where the line follows a real track (`track.csv`):
/// between two consecutive stations on the track, the length along the track must match the km-post
/// distance within the two posts' rounding plus 2 % (OSM geometry cuts curves slightly and a station's
/// point is not its post). Beyond that a post or a station's coordinate is off, or (across a connector)
/// the straight connector stands for a longer track; the warning says which stretches are connectors.
public struct TrackLengthCheck: DataCheck {
    /// The check (tolerance: 2 × `post_rounding_km` + 2 % of the post distance).
    public init() {}

    public func warnings(_ input: DataCheckInput) -> [DataWarning] {
        guard let track = input.data.track else { return [] }
        let rounding = input.data.document.postRoundingKm
        let onTrack = input.data.stations.compactMap { record in track.stationVertices[record.station.name].map { (record, $0) } }
        return zip(onTrack, onTrack.dropFirst()).compactMap { a, b in
            let postsKm = b.0.station.chainageKm - a.0.station.chainageKm
            let trackKm = (input.line.modelLengthM[b.1] - input.line.modelLengthM[a.1]) / 1000
            var connectorKm = 0.0
            for i in a.1..<b.1 where track.isConnector(i) {
                connectorKm += (input.line.modelLengthM[i + 1] - input.line.modelLengthM[i]) / 1000
            }
            guard abs(trackKm - postsKm) > 2 * rounding + 0.02 * postsKm else { return nil }
            let label = "\(a.0.station.name) → \(b.0.station.name)"
            let connectors = connectorKm > 0 ? " (\(connectorKm.trimmed(2)) km of it a straight connector where the OSM ways have a gap)" : ""
            let cause = trackKm < postsKm
                ? (connectorKm > 0 ? "a connector is shorter than the track it stands for, or a post or coordinate is off" : "a post or a station's coordinate is off; chainage along this stretch is stretched")
                : "a post or a station's coordinate is off; chainage along this stretch is compressed"
            return DataWarning(code: trackKm < postsKm ? "track-shorter-than-posts" : "track-longer-than-posts",
                               message: "\(label): \(trackKm.trimmed(2)) km along the OpenStreetMap track\(connectors) but \(postsKm.trimmed(2)) km by the km posts; \(cause)",
                               fromKm: a.0.station.chainageKm, toKm: b.0.station.chainageKm,
                               fromStation: a.0.station.name, toStation: b.0.station.name,
                               figures: [DataFigure("track_km", trackKm), DataFigure("posts_km", postsKm), DataFigure("connector_km", connectorKm)])
        }
    }
}
