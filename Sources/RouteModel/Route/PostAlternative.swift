/// An alternative km post from another edition of the route diagrams, kept on record.
public struct PostAlternative: Sendable, Hashable {
    /// The station, a `stations.csv` name.
    public var station: String
    /// The station's line id, e.g. `ML-1`.
    public var line: String
    /// The station's km post as used for calibration, km (`km_post_current`; FORMAT.md requires it to equal the station's `km_post`).
    public var currentKmPost: Double
    /// The km post the other source gives, km (`km_post_alternative`); not used for calibration.
    public var alternativeKmPost: Double
    /// Citation for the alternative post.
    public var source: String
    /// Free-text notes.
    public var notes: String
}
