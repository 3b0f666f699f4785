import GeoJSON
import TextFormats

/// A feature's drawing style from its simplestyle-spec 1.1.0 properties, with the spec's defaults
/// for anything missing or malformed.
///
/// Colours must be `#rgb` or `#rrggbb` (anything else falls back to the default); widths and opacities
/// must be finite numbers, opacities are clamped to 0…1. `marker-symbol` is drawn inside the marker when it is
/// one character or a two-digit number (as the spec allows); icon names (Maki) are not drawn, since
/// routemap carries no icon set.
struct FeatureStyle: Sendable, Equatable {
    var stroke = "#555555"
    var strokeWidth = 2.0
    var strokeOpacity = 1.0
    var fill = "#555555"
    var fillOpacity = 0.6
    var markerColor = "#7e7e7e"
    /// Circle radius in pixels: small 4, medium 6, large 9.
    var markerRadius = 6.0
    var markerSymbol: String?
    /// `title`, or failing that `name`: the label and tooltip text.
    var title: String?
    /// `label_priority`: labels with a higher priority are placed first.
    var labelPriority = 0.0

    init(_ properties: JSONObject) {
        if let colour = Self.colour(properties["stroke"]) { stroke = colour }
        if let colour = Self.colour(properties["fill"]) { fill = colour }
        if let colour = Self.colour(properties["marker-color"]) { markerColor = colour }
        if let width = properties["stroke-width"]?.numberValue, width.isFinite, width >= 0 { strokeWidth = width }
        if let opacity = Self.opacity(properties["stroke-opacity"]) { strokeOpacity = opacity }
        if let opacity = Self.opacity(properties["fill-opacity"]) { fillOpacity = opacity }
        switch properties["marker-size"]?.stringValue {
        case "small": markerRadius = 4
        case "large": markerRadius = 9
        default: markerRadius = 6
        }
        if let symbol = properties["marker-symbol"].flatMap(Self.symbolText),
           symbol.count == 1 || (symbol.count == 2 && symbol.allSatisfy(\.isNumber)) {
            markerSymbol = symbol
        }
        title = [properties["title"], properties["name"]].lazy.compactMap { $0?.stringValue }.first { !$0.isEmpty }
        if let priority = properties["label_priority"]?.numberValue, priority.isFinite { labelPriority = priority }
    }

    private static func colour(_ value: JSONValue?) -> String? {
        guard let text = value?.stringValue, text.first == "#", [4, 7].contains(text.count),
              text.dropFirst().allSatisfy(\.isHexDigit) else { return nil }
        return text.lowercased()
    }

    private static func opacity(_ value: JSONValue?) -> Double? {
        guard let number = value?.numberValue, number.isFinite else { return nil }
        return min(max(number, 0), 1)
    }

    private static func symbolText(_ value: JSONValue) -> String? {
        if let text = value.stringValue { return text }
        if let number = value.numberValue, number.isFinite, number == number.rounded(), abs(number) < 1000 {
            return String(Int(number))
        }
        return nil
    }
}
