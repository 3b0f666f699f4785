import GeoJSON
import TextFormats

/// One input point with where it came from.
public struct PointRecord: Sendable, Equatable {
    /// Input line (1-based; the CSV header is line 1), or the feature's number in a FeatureCollection.
    public var line: Int
    /// The input's id (an `id` column or feature id), or the line number.
    public var id: String
    /// Longitude, WGS84 degrees, checked to lie in [-180, 180] (before that, with an input CRS, the x).
    public var lon: Double
    /// Latitude, WGS84 degrees, checked to lie in [-90, 90] (before that, with an input CRS, the y).
    public var lat: Double
    /// The input's other columns or properties, carried to the output as ogr2ogr carries them.
    public var extra: PointExtras = .none

    /// A record without other columns.
    public init(line: Int, id: String, lon: Double, lat: Double, extra: PointExtras = .none) {
        self.line = line
        self.id = id
        self.lon = lon
        self.lat = lat
        self.extra = extra
    }
}

/// The input's columns or properties other than the coordinates and the id.
public enum PointExtras: Sendable, Equatable {
    /// Nothing else.
    case none
    /// CSV: the values of the other columns, in `PointReader.extraNames` order.
    case fields([String])
    /// GeoJSON: the feature's properties, as they were.
    case properties(JSONObject)
}

/// Formats `snap-points` reads.
public enum PointInputFormat: String, Sendable, CaseIterable {
    /// CSV with a header naming lon/lat (or longitude/latitude, lng, x/y) and optionally id, or
    /// headerless (see `PointReader`).
    case csv
    /// GeoJSON Text Sequence or newline-delimited GeoJSON (JSON Lines) of Point features.
    case geojsonseq
    /// One GeoJSON FeatureCollection of Point features (read one feature at a time).
    case geojson

    /// The format a file name implies, if any.
    public static func forPath(_ path: String) -> PointInputFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        if [".geojsons", ".geojsonl", ".geojsonseq", ".jsonl", ".ndjson"].contains(where: lower.hasSuffix) { return .geojsonseq }
        if lower.hasSuffix(".geojson") || lower.hasSuffix(".json") { return .geojson }
        return nil
    }
}
