/// How GeoJSON text is framed, for ``GeoJSONValidator``.
public enum GeoJSONTextFormat: Sendable, Equatable {
    /// Decide from the text: a leading RS (0x1E) means a text sequence; several values on
    /// separate lines mean newline-delimited; otherwise one document.
    case automatic
    /// One JSON document.
    case document
    /// RFC 8142: records each introduced by RS (0x1E) and ended by a line feed.
    case textSequence
    /// One JSON value per line; blank lines are skipped.
    case newlineDelimited
}
