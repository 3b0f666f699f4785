import RouteModel

/// Train travel time along the line from the route's speed sections.
public enum RailTime {
    /// Minutes to run between chainages `a` and `b` (either order): each speed section's overlap with
    /// the span divided by its speed, summed. Nil when the sections do not cover the span.
    public static func minutes(from a: Double, to b: Double, speeds: [SpeedSection]) -> Double? {
        let lo = min(a, b), hi = max(a, b)
        var hours = 0.0, covered = 0.0
        for s in speeds {
            let overlap = min(hi, s.toKm) - max(lo, s.fromKm)
            guard overlap > 0 else { continue }
            hours += overlap / s.speedKmh
            covered += overlap
        }
        guard abs(covered - (hi - lo)) < 1e-6 else { return nil }
        return hours * 60
    }
}
