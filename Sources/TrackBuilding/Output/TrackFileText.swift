import Foundation

/// Writes a built track as GeoData `track.csv` (format: GeoData/FORMAT.md): one row per vertex,
/// `lon,lat,source,layer,structure,station`, coordinates to 7 decimals (about 1 cm, OSM's own precision).
public enum TrackFileText {
    /// The header row.
    public static let header = "lon,lat,source,layer,structure,station"

    /// The whole file's text.
    public static func csv(_ vertices: [TrackVertex]) -> String {
        var text = header + "\n"
        text.reserveCapacity(vertices.count * 40)
        for v in vertices {
            text += String(format: "%.7f,%.7f,", v.point.lon, v.point.lat)
            text += quoted(v.source) + "," + (v.layer.map(String.init) ?? "") + "," + (v.structure?.rawValue ?? "") + ","
            text += quoted(v.station ?? "") + "\n"
        }
        return text
    }

    /// RFC 4180 quoting where a field needs it.
    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
