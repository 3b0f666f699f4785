/// Straight line against km posts, section by section: the ratio of the straight (geodesic) distance
/// between two consecutive stations with coordinates to their distance by km posts must lie within
/// `ChordRatioBounds` (route.json `data_checks`, default 0.65 … 1.10).
///
/// - Above the upper bound (`posts-shorter-than-straight-line`) the track would be shorter than the
///   straight line, which it cannot be: a coordinate or a post is off, and the calibration compresses
///   chainage there. The message says when the excess is within the two posts' rounding (short sections,
///   where rounding and the extent of a station can explain it).
/// - Below the lower bound (`posts-longer-than-track-allows`) the track would have to be more than
///   1 / bound times the straight line, more winding than a railway between two stations: a coordinate or
///   a post is off, and the calibration stretches chainage there.
public struct ChordRatioCheck: DataCheck {
    /// The check with the bounds each route states (or the defaults).
    public init() {}

    /// Whether a section's ratio is too high, too low or plausible.
    enum Verdict { case tooLong, tooShort }

    static func verdict(_ section: StationSection, _ bounds: ChordRatioBounds) -> Verdict? {
        guard section.postsKm > 0 else { return nil }
        if section.ratio > bounds.maxChordRatio { return .tooLong }
        if section.ratio < bounds.minChordRatio { return .tooShort }
        return nil
    }

    public func warnings(_ input: DataCheckInput) -> [DataWarning] {
        let bounds = input.data.document.dataChecks ?? .standard
        let rounding = input.data.document.postRoundingKm
        return StationSection.all(input.data.stations).compactMap { s in
            let figures = "\(s.label): \(s.straightKm.trimmed(2)) km in a straight line but \(s.postsKm.trimmed(2)) km by the km posts (ratio \(s.ratio.fixed(2))"
            switch Self.verdict(s, bounds) {
            case .tooLong:
                let withinRounding = s.straightKm <= s.postsKm + 2 * rounding
                let cause = withinRounding
                    ? "the excess is within the two posts' ±\(rounding.trimmed(2)) km rounding, so rounding and station extent may explain it on this short section"
                    : "a coordinate or a post is off, and chainage between them is compressed"
                return s.warning(code: "posts-shorter-than-straight-line",
                                 message: "\(figures), above \(bounds.maxChordRatio.fixed(2))): the track cannot be shorter than the straight line; \(cause)")
            case .tooShort:
                return s.warning(code: "posts-longer-than-track-allows",
                                 message: "\(figures), below \(bounds.minChordRatio.fixed(2))): the track would have to be \((1 / s.ratio).fixed(1)) times the straight line; a coordinate or a post is off, and chainage between them is stretched")
            case nil:
                return nil
            }
        }
    }
}
