/// A train speed over a stretch, for rail travel-time estimates.
public struct SpeedSection: Sendable, Hashable {
    /// Start of the section: chainage in km from the route's origin.
    public var fromKm: Double
    /// End of the section, chainage km; the sections together cover the whole route without gaps.
    public var toKm: Double
    /// Train speed over the section, km/h (1 … 500).
    public var speedKmh: Double
    /// `sourced`, `derived` or `assumption`.
    public var basis: String
    /// Citation, or the arithmetic (`derived`) or reasoning (`assumption`) behind the speed.
    public var source: String
}
