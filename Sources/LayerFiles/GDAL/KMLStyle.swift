import GeoEngines
import GeoJSON
import TextFormats

/// What KML needs from a simplestyle feature: the OGR style string GDAL's KML writer turns into a
/// KML `<Style>` (stroke → LineStyle colour and width, fill → PolyStyle colour, marker-color → IconStyle
/// colour; opacities → KML alpha), and properties renamed so `title` becomes `<name>`, `description`
/// `<description>` and the incident `time` a `<TimeStamp>`.
enum KMLStyle {
    /// A Google Earth icon that takes the IconStyle colour (a white circle).
    static let markerIcon = "https://maps.google.com/mapfiles/kml/shapes/placemark_circle.png"

    /// The OGR style string for a feature's simplestyle properties, or nil when it has none.
    static func styleString(_ p: JSONObject) -> String? {
        var parts: [String] = []
        if let stroke = p["stroke"]?.stringValue, let colour = ogrColour(stroke, opacity: p["stroke-opacity"]?.numberValue) {
            let width = p["stroke-width"]?.numberValue ?? 2
            parts.append("PEN(c:\(colour),w:\(PropertyNumberFormat.text(width))px)")
        }
        if let fill = p["fill"]?.stringValue, let colour = ogrColour(fill, opacity: p["fill-opacity"]?.numberValue ?? 0.6) {
            parts.append("BRUSH(fc:\(colour))")
        }
        if let marker = p["marker-color"]?.stringValue, let colour = ogrColour(marker, opacity: 1) {
            parts.append("SYMBOL(id:\"\(markerIcon)\",c:\(colour))")
        }
        return parts.isEmpty ? nil : parts.joined(separator: ";")
    }

    /// `#rgb` or `#rrggbb` with an opacity in [0, 1] as OGR's `#RRGGBBAA`; nil for other text.
    static func ogrColour(_ text: String, opacity: Double?) -> String? {
        var hex = text.hasPrefix("#") ? String(text.dropFirst()) : text
        if hex.count == 3 { hex = hex.map { "\($0)\($0)" }.joined() }
        guard hex.count == 6, hex.allSatisfy(\.isHexDigit) else { return nil }
        let alpha = Int((min(max(opacity ?? 1, 0), 1) * 255).rounded())
        return "#" + hex.uppercased() + String(format: "%02X", alpha)
    }

    /// The properties as KML columns: `name` (the title, else the feature's own name), `description`,
    /// `timestamp` (from `time`), then the rest; a feature's own `name` that differs from its title is
    /// kept as `feature_name`.
    static func kmlProperties(_ p: JSONObject) -> JSONObject {
        var out = JSONObject()
        let title = p["title"]?.stringValue
        let ownName = p["name"]?.stringValue
        out["name"] = (title ?? ownName).map(JSONValue.string) ?? .null
        out["description"] = p["description"] ?? .null
        out["timestamp"] = p["time"] ?? .null
        for (key, value) in p.members where !["title", "name", "description", "time"].contains(key) {
            out[key] = value
        }
        if let ownName, title != nil, ownName != title { out["feature_name"] = .string(ownName) }
        return out
    }
}

extension KMLStyle {
    /// The columns of ``kmlProperties(_:)`` for properties with `columns`.
    static func kmlColumns(_ columns: [GDALField]) -> [GDALField] {
        let kinds = Dictionary(columns.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        var out = [GDALField(name: "name", kind: .text), GDALField(name: "description", kind: .text),
                   GDALField(name: "timestamp", kind: kinds["time"] ?? .text)]
        out += columns.filter { !["title", "name", "description", "time"].contains($0.name) }
        if kinds["name"] != nil && kinds["title"] != nil { out.append(GDALField(name: "feature_name", kind: .text)) }
        return out
    }
}
