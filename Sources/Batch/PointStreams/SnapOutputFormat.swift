/// Formats `snap-points` writes.
public enum SnapOutputFormat: String, Sendable, CaseIterable {
    /// CSV: id, lon, lat, chainage_km, offset_m, side, line, km_post, then the input's other columns.
    case csv
    /// GeoJSON Text Sequence (RFC 8142) of Point features with those properties.
    case geojsonseq
    /// Newline-delimited GeoJSON (JSON Lines): one compact feature per line, no RS characters.
    case geojsonl
    /// One GeoJSON FeatureCollection.
    case geojson

    /// The format a file name implies: .csv, .geojson/.json (FeatureCollection), .geojsonl/.jsonl/.ndjson
    /// (JSON Lines), else a GeoJSON Text Sequence.
    public static func forPath(_ path: String) -> SnapOutputFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".geojson") || lower.hasSuffix(".json") { return .geojson }
        if [".geojsonl", ".jsonl", ".ndjson"].contains(where: lower.hasSuffix) { return .geojsonl }
        return .geojsonseq
    }

    /// The format that mirrors what `reader` read (for `--out -`): CSV as CSV, a sequence with RS as a
    /// sequence, JSON Lines as JSON Lines, a FeatureCollection as a FeatureCollection.
    public static func mirroring(_ reader: PointReader) -> SnapOutputFormat {
        switch reader.inputFormat {
        case .csv, nil: return .csv
        case .geojsonseq: return reader.hasRecordSeparators ? .geojsonseq : .geojsonl
        case .geojson: return .geojson
        }
    }
}
