import Foundation
import GeoEngines
import GeoJSON
import TextFormats

/// Reads railway ways from GeoJSON: the HOT export schema (properties `osm_id`, `railway`, `layer`,
/// `name`), Overpass/osmtogeojson (`@id` or `id` such as `way/123`, tags as properties), osmium export
/// (feature `id`) and ogr2ogr's OSM driver (`osm_id`, `layer` or `"layer"=>"-1"` in `other_tags`).
/// LineStrings and MultiLineStrings are kept (each part a way); other geometries are skipped, and
/// features whose `railway` tag is present but not a running track (`platform`, `abandoned`, …) too.
public enum RailwayWaysReader {
    /// `railway` values read as track; any other present value skips the feature.
    static let trackValues: Set<String> = ["rail", "light_rail", "narrow_gauge", "subway", "tram", "disused", "construction", "preserved"]

    /// Parses `bytes`; errors name the JSON path (e.g. `features[12].properties.layer`) and what was expected.
    public static func read(_ bytes: [UInt8]) throws(GeoJSONReadError) -> [RailwayWay] {
        let object = try GeoJSONReader.read(bytes)
        let features: [Feature]
        switch object {
        case .featureCollection(let collection): features = collection.features
        case .feature(let feature): features = [feature]
        case .geometry: throw GeoJSONReadError(path: "", message: "is a bare geometry; expected a FeatureCollection of railway ways with properties")
        }
        var ways: [RailwayWay] = []
        for (i, feature) in features.enumerated() {
            let path = "features[\(i)]"
            let properties = feature.properties
            if let railway = properties["railway"]?.stringValue, !trackValues.contains(railway) { continue }
            let parts: [[Position]]
            switch feature.geometry {
            case .lineString(let line)?: parts = [line]
            case .multiLineString(let lines)?: parts = lines
            default: continue
            }
            let id = try wayID(feature, path: path)
            let layer = try self.layer(properties, path: path)
            let tunnel = isYes(properties["tunnel"]) || otherTag("tunnel", in: properties).map { $0 != "no" } == true
            let bridge = isYes(properties["bridge"]) || otherTag("bridge", in: properties).map { $0 != "no" } == true
            for part in parts {
                ways.append(RailwayWay(id: id, layer: layer, structure: .from(layer: layer, tunnel: tunnel, bridge: bridge),
                                       points: part.map { GeoPoint(lon: $0.longitude, lat: $0.latitude) }))
            }
        }
        guard !ways.isEmpty else {
            throw GeoJSONReadError(path: "features", message: "holds no railway LineString; expected OSM railway ways (e.g. a HOT export's railways_lines)")
        }
        return ways
    }

    /// The way id: `osm_id`, `@id`, `id` property or the feature id, without an `way/` prefix.
    private static func wayID(_ feature: Feature, path: String) throws(GeoJSONReadError) -> String {
        for key in ["osm_id", "@id", "id", "osm_way_id"] {
            switch feature.properties[key] {
            case .string(let text)?: return strippedPrefix(text)
            case .number(let number)?: return numberText(number)
            case nil, .null?: continue
            default: throw GeoJSONReadError(path: "\(path).properties.\(key)", message: "must be a string or number naming the way")
            }
        }
        switch feature.id {
        case .string(let text)?: return strippedPrefix(text)
        case .number(let number)?: return numberText(number)
        case nil: throw GeoJSONReadError(path: "\(path).properties", message: "has no way id; expected osm_id, @id or id (or a feature id)")
        }
    }

    private static func numberText(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }

    private static func strippedPrefix(_ text: String) -> String {
        text.hasPrefix("way/") ? String(text.dropFirst(4)) : text
    }

    /// `layer` as an integer: a number, a numeric string, or the `layer` entry of ogr2ogr's `other_tags`; 0 when absent.
    private static func layer(_ properties: JSONObject, path: String) throws(GeoJSONReadError) -> Int {
        let raw: String
        switch properties["layer"] {
        case nil, .null?:
            guard let tag = otherTag("layer", in: properties) else { return 0 }
            raw = tag
        case .number(let number)?:
            guard number == number.rounded(), abs(number) < 100 else {
                throw GeoJSONReadError(path: "\(path).properties.layer", message: "\(number) is not a whole number; expected an OSM layer such as -1 or 1")
            }
            return Int(number)
        case .string(let text)?: raw = text
        default: throw GeoJSONReadError(path: "\(path).properties.layer", message: "must be a number, a numeric string or null")
        }
        // OSM layers are integers; values such as "-1;0" (two ways merged) take the first.
        let first = raw.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard let value = Int(first), abs(value) < 100 else {
            throw GeoJSONReadError(path: "\(path).properties.layer", message: "'\(raw)' is not an OSM layer; expected a whole number such as -1 or 1")
        }
        return value
    }

    private static func isYes(_ value: JSONValue?) -> Bool {
        guard let text = value?.stringValue else { return false }
        return !["no", "", "false", "0"].contains(text)
    }

    /// A tag from ogr2ogr's `other_tags` (`"key"=>"value","key2"=>"value2"`).
    private static func otherTag(_ key: String, in properties: JSONObject) -> String? {
        guard let tags = properties["other_tags"]?.stringValue,
              let range = tags.range(of: "\"\(key)\"=>\"") else { return nil }
        let rest = tags[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}
