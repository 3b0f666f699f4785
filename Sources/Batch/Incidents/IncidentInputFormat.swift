import GeoJSON
import TextFormats

/// The incident table formats `routemap batch` reads.
public enum IncidentInputFormat: String, Sendable, CaseIterable {
    /// CSV with a header naming `IncidentColumns` (UTF-8, BOM tolerated, RFC 4180 quotes).
    case csv
    /// JSON Lines: one incident object per line (the incident JSON format, GeoData/FORMAT.md).
    case jsonl
    /// A GeoJSON FeatureCollection of Points: each an incident with an `at` clue; `id` from the
    /// feature or its properties, `title`, `time` and any clue columns from its properties.
    case geojson

    /// The format a file name implies, if any (`.json` is left to the content).
    public static func forPath(_ path: String) -> IncidentInputFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        if lower.hasSuffix(".geojson") { return .geojson }
        return nil
    }

    /// The format the first line of the input implies: an object alone on its line (and not a
    /// FeatureCollection) is JSON Lines, any other JSON is GeoJSON, anything else CSV.
    static func forFirstLine(_ line: ArraySlice<UInt8>) -> IncidentInputFormat {
        let text = line.drop { $0 == 32 || $0 == 9 }
        guard text.first == UInt8(ascii: "{") || text.first == UInt8(ascii: "[") else { return .csv }
        guard let object = (try? JSONParser.parse(Array(text)))?.objectValue else { return .geojson }
        return object["type"]?.stringValue == "FeatureCollection" ? .geojson : .jsonl
    }
}
