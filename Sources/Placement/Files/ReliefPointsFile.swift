import GeoEngines
import GeoJSON
import RouteModel
import TextFormats

/// Reads a user's own relief points from a GeoJSON FeatureCollection of Points, to measure an incident
/// against them instead of the route's. Properties: `name` (required), `kind` (rail_station, hospital,
/// staging_area or town; default staging_area), `precision` (station, site or town; default site), `id`
/// (else the feature id, else `user-<n>`), `station`, `role`, `source`.
public enum ReliefPointsFile {
    /// Parses the file's bytes; errors name the JSON path (`features[3].properties.kind`) and what was expected.
    public static func parse(_ bytes: [UInt8]) throws(GeoJSONReadError) -> [ReliefPoint] {
        guard case .featureCollection(let collection) = try GeoJSONReader.read(bytes) else {
            throw GeoJSONReadError(path: "", message: "expected a FeatureCollection of Point features")
        }
        guard !collection.features.isEmpty else {
            throw GeoJSONReadError(path: "features", message: "expected at least one relief point")
        }
        var points: [ReliefPoint] = []
        for (i, feature) in collection.features.enumerated() {
            let path = "features[\(i)]"
            guard case .point(let position)? = feature.geometry else {
                throw GeoJSONReadError(path: "\(path).geometry", message: "expected a Point")
            }
            let properties = feature.properties
            func text(_ key: String) -> String? { properties[key]?.stringValue }
            guard let name = text("name"), !name.isEmpty else {
                throw GeoJSONReadError(path: "\(path).properties.name", message: "expected the relief point's name (a non-empty string)")
            }
            let kind = try choice(text("kind"), default: ReliefKind.stagingArea, path: "\(path).properties.kind")
            let precision = try choice(text("precision"), default: ReliefPrecision.site, path: "\(path).properties.precision")
            let featureID = feature.id.map { id -> String in
                switch id {
                case .string(let s): return s
                case .number(let n): return n == n.rounded() ? String(Int64(n)) : String(n)
                }
            }
            points.append(ReliefPoint(id: text("id") ?? featureID ?? "user-\(i + 1)", name: name, kind: kind,
                                      position: GeoPoint(lon: position.longitude, lat: position.latitude), precision: precision,
                                      station: text("station"), role: text("role") ?? "", source: text("source") ?? "user file"))
        }
        return points
    }

    private static func choice<T: RawRepresentable & CaseIterable>(_ value: String?, default fallback: T, path: String) throws(GeoJSONReadError) -> T
    where T.RawValue == String {
        guard let value else { return fallback }
        guard let parsed = T(rawValue: value) else {
            throw GeoJSONReadError(path: path, message: "expected one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), got \"\(value)\"")
        }
        return parsed
    }
}
