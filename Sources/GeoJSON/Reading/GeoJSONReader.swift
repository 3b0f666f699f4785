import TextFormats
import Foundation

/// Reads one GeoJSON document (FeatureCollection, Feature or geometry), strictly enough that
/// every position is a valid WGS 84 lon/lat and every ring is closed.
///
/// Tolerated, as RFC 7946 asks of readers: either ring orientation, `bbox` (dropped; the writer
/// recomputes it), `crs` (dropped). Other unknown members are kept as foreign members.
/// `"properties": null` reads as empty properties.
public enum GeoJSONReader {
    /// Parses and checks `bytes`, throwing the first problem with its JSON path.
    public static func read(_ bytes: [UInt8]) throws(GeoJSONReadError) -> GeoJSONObject {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw GeoJSONReadError(path: "", message: error.description)
        }
        return try read(value)
    }

    /// Parses and checks `data`.
    public static func read(_ data: Data) throws(GeoJSONReadError) -> GeoJSONObject {
        try read([UInt8](data))
    }

    /// Checks an already parsed JSON value.
    public static func read(_ value: JSONValue) throws(GeoJSONReadError) -> GeoJSONObject {
        var walker = GeoJSONWalker(mode: .reading)
        guard let object = try walker.object(value) else {
            preconditionFailure("the reading walker throws instead of returning nil")
        }
        return object
    }
}
