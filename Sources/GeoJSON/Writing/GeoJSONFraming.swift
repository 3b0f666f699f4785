/// How features are framed in the output.
public enum GeoJSONFraming: Sendable, Equatable {
    /// One FeatureCollection object holding every feature, followed by a line feed.
    case featureCollection
    /// RFC 8142 GeoJSON Text Sequence: each feature is preceded by 0x1E (RS) and followed by a line feed.
    case textSequence
    /// Newline-delimited GeoJSON: one compact feature per line. Cannot be combined with `pretty`.
    case newlineDelimited
}
