/// An incident marked on an elevation profile: its chainage interval as a shaded band and, when
/// known, its best chainage as a line.
public struct ProfileIncident: Sendable, Equatable {
    /// Short text shown with the mark, e.g. "Hijacking, 11 Mar 2025".
    public var label: String
    /// Start of the interval the incident lies in, km of chainage.
    public var fromKm: Double
    /// End of the interval, km of chainage.
    public var toKm: Double
    /// The single most likely chainage, if any.
    public var bestKm: Double?

    /// Creates a mark; the interval's ends may be given in either order.
    public init(label: String, fromKm: Double, toKm: Double, bestKm: Double? = nil) {
        self.label = label
        self.fromKm = min(fromKm, toKm)
        self.toKm = max(fromKm, toKm)
        self.bestKm = bestKm
    }
}
