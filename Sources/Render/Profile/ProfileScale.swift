/// The profile's axes as pixels: chainage (km) left to right over `rangeKm`, elevation (m) bottom
/// to top over `elevationM`, both linear, inside `frame`.
struct ProfileScale {
    let frame: PixelRect
    let rangeKm: ClosedRange<Double>
    let elevationM: ClosedRange<Double>

    /// The x pixel of chainage `km`.
    func x(_ km: Double) -> Double {
        frame.x + (km - rangeKm.lowerBound) / (rangeKm.upperBound - rangeKm.lowerBound) * frame.width
    }

    /// The y pixel of elevation `m`.
    func y(_ m: Double) -> Double {
        frame.maxY - (m - elevationM.lowerBound) / (elevationM.upperBound - elevationM.lowerBound) * frame.height
    }

    /// Whether `km` is on the chart.
    func shows(_ km: Double) -> Bool { rangeKm.contains(km) }

    /// `from…to` clipped to the chart's range, or `nil` when they do not overlap.
    func clip(_ from: Double, _ to: Double) -> ClosedRange<Double>? {
        let lower = max(from, rangeKm.lowerBound), upper = min(to, rangeKm.upperBound)
        return lower <= upper ? lower...upper : nil
    }
}
