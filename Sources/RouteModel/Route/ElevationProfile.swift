/// Elevation along the route from the stations whose height a source gives, with the average
/// gradient of each section between two such stations and the sourced ruling gradients.
///
/// Between two known heights elevation is interpolated linearly by chainage, but only across gaps of
/// at most `maxGapKm`; elsewhere it is unknown (nil) rather than invented.
public struct ElevationProfile: Sendable {
    /// A station with a sourced height.
    public struct Sample: Sendable, Hashable {
        /// The station's name.
        public var station: String
        /// The station's chainage, km from the route's origin.
        public var chainageKm: Double
        /// The sourced elevation, metres.
        public var elevationM: Double
    }

    /// The average gradient between two consecutive samples.
    public struct Section: Sendable, Hashable {
        /// The sample at the section's start (lower chainage).
        public var from: Sample
        /// The sample at the section's end (higher chainage).
        public var to: Sample
        /// Rise per km of chainage in the direction of increasing chainage, ‰ (negative: falling).
        public var perMille: Double
        /// "1 in N" for the section's steepness (N = 1000 / |‰|), nil when level.
        public var oneIn: Double? { perMille == 0 ? nil : 1000 / abs(perMille) }
        /// Length of the section, km of chainage.
        public var lengthKm: Double { to.chainageKm - from.chainageKm }
    }

    /// Stations with a sourced height, in route order.
    public let samples: [Sample]
    /// Average gradients between consecutive samples at most `maxGapKm` apart, in route order.
    public let sections: [Section]
    /// The sourced ruling gradients (`gradients.csv`).
    public let ruling: [RulingGradient]
    /// The longest gap between samples across which elevation is interpolated.
    public let maxGapKm: Double

    init(stations: [Station], ruling: [RulingGradient], maxGapKm: Double = 50) {
        samples = stations.compactMap { s in s.elevationM.map { Sample(station: s.name, chainageKm: s.chainageKm, elevationM: $0) } }
        sections = zip(samples, samples.dropFirst()).compactMap { a, b in
            let length = b.chainageKm - a.chainageKm
            guard length > 0, length <= maxGapKm else { return nil }
            return Section(from: a, to: b, perMille: (b.elevationM - a.elevationM) / length)
        }
        self.ruling = ruling
        self.maxGapKm = maxGapKm
    }

    /// The section (between two known heights) holding `km`, if any.
    public func section(atChainage km: Double) -> Section? {
        sections.first { km >= $0.from.chainageKm && km <= $0.to.chainageKm }
    }

    /// Interpolated elevation in metres at `km`, or nil where no close pair of known heights brackets it.
    public func elevation(atChainage km: Double) -> Double? {
        if let exact = samples.first(where: { abs($0.chainageKm - km) < 1e-9 }) { return exact.elevationM }
        guard let s = section(atChainage: km) else { return nil }
        return s.from.elevationM + s.perMille * (km - s.from.chainageKm)
    }

    /// Where the elevation at `km` comes from: a station's sourced height, or interpolated between two;
    /// nil where elevation is unknown.
    public func elevationSource(atChainage km: Double) -> ElevationSource? {
        if samples.contains(where: { abs($0.chainageKm - km) < 1e-9 }) { return .station }
        return section(atChainage: km) == nil ? nil : .interpolated
    }

    /// The sourced ruling gradient over `km`, if any.
    public func rulingGradient(atChainage km: Double) -> RulingGradient? {
        ruling.first { km >= $0.fromKm && km <= $0.toKm }
    }
}

/// Where an elevation figure comes from (`elevation_source` in every output).
public enum ElevationSource: String, Sendable, CaseIterable {
    /// A station's height as a source gives it (`GeoData/SOURCES.md`).
    case station
    /// Interpolated linearly by chainage between two sourced station heights.
    case interpolated
}
