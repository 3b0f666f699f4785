extension Double {
    /// The value rounded to `decimals` places, halves away from zero: the one rounding every output
    /// uses for figures whose last bits mean nothing (layer properties, the placement document, batch
    /// summaries, snapped points), so the same quantity reads the same everywhere.
    public func rounded(to decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
