import FileOutput
import GeoJSON
import Render
import TextFormats
import ShippedLeaflet

/// The JSON the page script draws from: the title, facts, legend and basemap settings, then each layer's
/// GeoJSON (written by the GeoJSON module's writer, 6 decimals). Embedded in a
/// `<script type="application/json">` element, so every `<` is written as `\u003c` and no text in
/// the data can close the element.
struct PageData {
    var page: WebMapPage
    var layers: [(name: String, collection: FeatureCollection)]

    func scriptText() throws -> String {
        var meta = JSONObject()
        meta["title"] = .string(page.title)
        meta["facts"] = .array(page.facts.map { .object(["label": .string($0.label), "value": .string($0.value)]) })
        meta["attribution"] = .string(page.attribution)
        meta["leaflet"] = .string("Leaflet \(ShippedLeaflet.version)")
        meta["focus"] = page.focus.map { box in
            .array([.array([.number(box.south), .number(box.west)]), .array([.number(box.north), .number(box.east)])])
        } ?? .null
        meta["basemap"] = .object([
            "url": .string(WebMapPage.tileURL),
            "attribution": "© <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors (tiles)",
        ])
        meta["legend"] = .array(LegendEntry.entries(for: layers).map(Self.json))
        var text = "{\"meta\":" + (try JSONText.render(.object(meta))) + ",\"layers\":["
        for (index, layer) in layers.enumerated() {
            if index > 0 { text += "," }
            let sink = InMemorySink()
            try GeoJSONStreamWriter.write(layer.collection, to: sink, options: GeoJSONWriteOptions(precision: 6))
            text += "{\"name\":" + (try JSONText.render(.string(layer.name))) + ",\"collection\":"
            text += String(decoding: sink.bytes, as: UTF8.self) + "}"
        }
        text += "]}"
        // `<` only occurs inside JSON strings, where \u003c means the same character.
        return text.replacingOccurrences(of: "<", with: "\\u003c")
    }

    private static func json(_ entry: LegendEntry) -> JSONValue {
        .object([
            "layer": .string(entry.layer),
            "label": .string(entry.label),
            "swatches": .array(entry.swatches.map { s in
                .object([
                    "shape": .string(s.shape.rawValue),
                    "stroke": .string(s.stroke), "stroke-width": .number(s.strokeWidth), "stroke-opacity": .number(s.strokeOpacity),
                    "fill": .string(s.fill), "fill-opacity": .number(s.fillOpacity),
                    "marker-color": .string(s.markerColor), "radius": .number(s.markerRadius),
                ])
            }),
        ])
    }
}
