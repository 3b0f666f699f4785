/// "Round" numbers for axis ticks and scale bars: 1, 2 or 5 times a power of ten.
enum NiceNumbers {
    /// The largest nice number not above `limit` (`limit` > 0).
    static func floor(_ limit: Double) -> Double {
        var power = 1.0
        while power * 10 <= limit { power *= 10 }
        while power > limit { power /= 10 }
        for factor in [5.0, 2.0, 1.0] where factor * power <= limit { return factor * power }
        return power
    }

    /// A tick step giving at most `maxTicks` intervals over `span` (`span` > 0).
    static func step(span: Double, maxTicks: Int) -> Double {
        let rough = span / Double(max(1, maxTicks))
        var power = 1.0
        while power < rough { power *= 10 }
        while power / 10 >= rough { power /= 10 }
        for factor in [0.1, 0.2, 0.25, 0.5, 1.0] where factor * power >= rough { return factor * power }
        return power
    }

    /// Multiples of `step` within `range`, ends included when they fall on a multiple.
    static func ticks(in range: ClosedRange<Double>, step: Double) -> [Double] {
        let first = (range.lowerBound / step - 1e-9).rounded(.up)
        let last = (range.upperBound / step + 1e-9).rounded(.down)
        guard first <= last else { return [] }
        return stride(from: first, through: last, by: 1).map { $0 * step }
    }
}
