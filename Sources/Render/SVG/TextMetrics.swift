/// Rough text extents for layout without a font engine: the average advance of a sans-serif face
/// (DejaVu Sans is ~0.6 em per character, narrower for most lower-case text).
enum TextMetrics {
    /// Estimated width in pixels of `text` at `fontSize`.
    static func width(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.58
    }
}
