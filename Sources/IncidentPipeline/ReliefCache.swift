import Placement

/// Relief distances of recent placements by (chainage, interval): they depend on nothing else, and
/// incident tables repeat places ("near Sibi", the same two stations, an area), while measuring them
/// (the nearest and farthest points of the interval's line from every relief point, snaps and rail
/// times) is a large share of a row's work. Bounded: emptied
/// when it reaches `capacity` entries.
struct ReliefCache {
    struct Key: Hashable {
        var chainageKm: Double, fromKm: Double, toKm: Double
    }

    static let capacity = 512
    private var reports: [Key: ReliefReport] = [:]

    /// The report for `placement`: a cached one re-pointed at it, or `measure(placement)`.
    mutating func report(for placement: Placement, measure: (Placement) throws -> ReliefReport) rethrows -> ReliefReport {
        let key = Key(chainageKm: placement.chainageKm, fromKm: placement.interval.lowerBound, toKm: placement.interval.upperBound)
        if var cached = reports[key] {
            cached.placement = placement
            return cached
        }
        if reports.count >= Self.capacity { reports.removeAll(keepingCapacity: true) }
        let report = try measure(placement)
        reports[key] = report
        return report
    }
}
