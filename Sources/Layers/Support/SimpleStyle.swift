import GeoJSON
import TextFormats

/// Style hints from the simplestyle-spec 1.1 (github.com/mapbox/simplestyle-spec), which geojson.io,
/// GitHub and Mapbox read. They are appended after a feature's data properties, so every layer's
/// property order is: data, then style, then `title` and `description`.
enum SimpleStyle {
    /// Colours chosen to stay readable on light base maps.
    enum Colour {
        static let routeML3 = "#333333"      // dark grey
        static let routeML1 = "#4a5a78"      // slate blue-grey
        static let routeLMK = "#8a6a1e"      // dark ochre
        static let routeOther = "#555555"
        static let station = "#444444"
        static let stationEstimated = "#999999"
        static let kmMarker = "#777777"
        static let tunnel = "#000000"
        static let tunnelBand = "#757575"    // grey: where a tunnel may lie
        static let mountainous = "#8b5a2b"   // brown
        static let lowland = "#c8b878"       // pale khaki
        static let profile = "#6d4c41"
        static let incident = "#d32f2f"      // red
        static let reportedPoint = "#6a1b9a" // purple: a coordinate as a reporter gave it
        static let reliefStation = "#1565c0" // blue
        static let reliefHospital = "#2e7d32" // green
        static let reliefStaging = "#00897b" // teal
        static let reliefTown = "#3f51b5"    // indigo
    }

    /// The colour of a route line segment by line id.
    static func lineColour(_ line: String) -> String {
        switch line {
        case "ML-3": Colour.routeML3
        case "ML-1": Colour.routeML1
        case "LMK": Colour.routeLMK
        default: Colour.routeOther
        }
    }

    static func stroke(_ colour: String, width: Double, opacity: Double = 1, into properties: inout JSONObject) {
        properties.append("stroke", .string(colour))
        properties.append("stroke-width", .number(width))
        properties.append("stroke-opacity", .number(opacity))
    }

    static func fill(_ colour: String, opacity: Double, into properties: inout JSONObject) {
        properties.append("fill", .string(colour))
        properties.append("fill-opacity", .number(opacity))
    }

    static func marker(_ colour: String, symbol: String, size: String = "medium", into properties: inout JSONObject) {
        properties.append("marker-color", .string(colour))
        properties.append("marker-symbol", .string(symbol))
        properties.append("marker-size", .string(size))
    }

    /// `title` and `description` (simplestyle), then `legend` (routemap's own hint, read by its SVG map
    /// and HTML page): the legend row the feature's colour belongs to, e.g. "relief: hospital".
    static func label(_ title: String, _ description: String, legend: String, into properties: inout JSONObject) {
        properties.append("title", .string(title))
        properties.append("description", .string(description))
        properties.append("legend", .string(legend))
    }

    /// `label_priority` (routemap's own hint, read by its SVG renderer): where labels crowd, higher
    /// priorities are placed first and may cover lower ones' markers.
    static func labelPriority(_ priority: Double, into properties: inout JSONObject) {
        properties.append("label_priority", .number(priority))
    }
}
