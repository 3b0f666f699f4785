/// One station to blame (`station-coordinate-or-post-off`): when the two sections on either side of a
/// station fail `ChordRatioCheck` in opposite directions (one too long for its posts, the other too
/// short) while the two together pass it, the neighbours agree with each other and the fault lies in that
/// one station's coordinate or km post. The warning gives the post that would give both sections the
/// same ratio (the spacing the coordinates imply) and quotes the station's own `notes`, where the data
/// says which of the two is the likelier error and why.
public struct MisplacedStationCheck: DataCheck {
    /// The check.
    public init() {}

    public func warnings(_ input: DataCheckInput) -> [DataWarning] {
        let bounds = input.data.document.dataChecks ?? .standard
        let sections = StationSection.all(input.data.stations)
        return zip(sections, sections.dropFirst()).compactMap { left, right in
            guard let v1 = ChordRatioCheck.verdict(left, bounds), let v2 = ChordRatioCheck.verdict(right, bounds), v1 != v2 else { return nil }
            let straight = left.straightKm + right.straightKm, posts = left.postsKm + right.postsKm
            let ratio = straight / posts
            guard ratio >= bounds.minChordRatio, ratio <= bounds.maxChordRatio else { return nil }
            let a = left.from.station, b = left.to.station, c = right.to.station
            let fittingChainage = a.chainageKm + posts * left.straightKm / straight
            var message = "\(b.name) (\(b.line) km \(b.kmPost.trimmed(2))): the sections on either side fail in opposite directions (\(left.label) ratio \(left.ratio.fixed(2)), \(right.label) ratio \(right.ratio.fixed(2))) but together fit (\(straight.trimmed(2)) km straight for \(posts.trimmed(2)) km of posts, ratio \(ratio.fixed(2))): \(b.name)'s own coordinate or km post is off, not its neighbours'"
            var figures = [DataFigure("straight_km", straight), DataFigure("posts_km", posts), DataFigure("ratio", ratio),
                           DataFigure("fitting_chainage_km", fittingChainage)]
            if let postsPerKm = Self.postDirection(a, b, c) {
                let fittingPost = b.kmPost + (fittingChainage - b.chainageKm) * postsPerKm
                message += "; the spacing of the coordinates fits a post of ~\(fittingPost.rounded().trimmed(0)) (now \(b.kmPost.trimmed(2)))"
                figures.append(DataFigure("fitting_post_km", fittingPost))
            }
            if !b.notes.isEmpty { message += ". Station notes: \(b.notes)" }
            return DataWarning(code: "station-coordinate-or-post-off", message: message, fromKm: a.chainageKm, toKm: c.chainageKm,
                               fromStation: a.name, toStation: c.name, figures: figures)
        }
    }

    /// How b's line's posts change per km of chainage (+1 or −1 on a whole-km line), from a neighbour on
    /// the same line; nil when neither neighbour shares b's line.
    static func postDirection(_ a: Station, _ b: Station, _ c: Station) -> Double? {
        if a.line == b.line, b.chainageKm > a.chainageKm { return (b.kmPost - a.kmPost) / (b.chainageKm - a.chainageKm) }
        if c.line == b.line, c.chainageKm > b.chainageKm { return (c.kmPost - b.kmPost) / (c.chainageKm - b.chainageKm) }
        return nil
    }
}
