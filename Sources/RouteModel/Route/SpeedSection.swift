/// A train speed over a stretch, for rail travel-time estimates.
public struct SpeedSection: Sendable, Hashable {
    public var fromKm: Double
    public var toKm: Double
    public var speedKmh: Double
    /// `sourced`, `derived` or `assumption`.
    public var basis: String
    public var source: String
}
