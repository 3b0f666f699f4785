import GeoJSON

/// The legend: one row per layer with a swatch showing the layer's first polygon fill, line stroke
/// and point marker (whichever the layer has), drawn in the bottom-left corner of the map area.
struct MapLegend {
    private struct Row {
        var name: String
        var polygon: FeatureStyle?
        var line: FeatureStyle?
        var point: FeatureStyle?
    }

    private static let rowHeight = 20.0
    private static let fontSize = 12.0
    private let rows: [Row]

    init(layers: [(name: String, collection: FeatureCollection)]) {
        rows = layers.map { layer in
            var row = Row(name: layer.name)
            for feature in layer.collection.features {
                guard let geometry = feature.geometry else { continue }
                let style = FeatureStyle(feature.properties)
                for kind in geometry.kinds {
                    switch kind {
                    case .polygon where row.polygon == nil: row.polygon = style
                    case .line where row.line == nil: row.line = style
                    case .point where row.point == nil: row.point = style
                    default: break
                    }
                }
            }
            return row
        }
    }

    /// The legend's box with its bottom-left corner at (`x`, `bottom`); `nil` when there are no layers.
    func box(x: Double, bottom: Double) -> PixelRect? {
        guard !rows.isEmpty else { return nil }
        let textWidth = rows.map { TextMetrics.width($0.name, fontSize: Self.fontSize) }.max() ?? 0
        let height = Double(rows.count) * Self.rowHeight + 12
        return PixelRect(x: x, y: bottom - height, width: 16 + 28 + 8 + textWidth + 12, height: height)
    }

    /// The legend drawn in `box` (from ``box(x:bottom:)``).
    func draw(in box: PixelRect) -> SVGElement {
        var group = SVGElement("g", ["id": "legend", "font-size": PixelNumber.text(Self.fontSize)])
        group.append(SVGElement("rect", [
            "x": PixelNumber.text(box.x), "y": PixelNumber.text(box.y),
            "width": PixelNumber.text(box.width), "height": PixelNumber.text(box.height),
            "fill": "#ffffff", "fill-opacity": "0.88", "stroke": "#999999", "stroke-width": "0.8", "rx": "3",
        ]))
        for (index, row) in rows.enumerated() {
            let top = box.y + 6 + Double(index) * Self.rowHeight
            let swatch = PixelRect(x: box.x + 10, y: top + 3, width: 28, height: 14)
            var item = SVGElement("g", ["class": "legend-item", "data-layer": row.name])
            item.append(contentsOf: Self.swatch(row, in: swatch))
            item.append(SVGElement("text", [
                "x": PixelNumber.text(swatch.maxX + 8), "y": PixelNumber.text(swatch.midY + Self.fontSize * 0.35),
                "fill": "#222222",
            ], text: row.name))
            group.append(item)
        }
        return group
    }

    private static func swatch(_ row: Row, in box: PixelRect) -> [SVGElement] {
        var shapes: [SVGElement] = []
        if let style = row.polygon {
            shapes.append(SVGElement("rect", [
                "x": PixelNumber.text(box.x), "y": PixelNumber.text(box.y),
                "width": PixelNumber.text(box.width), "height": PixelNumber.text(box.height),
                "fill": style.fill, "fill-opacity": PixelNumber.fixed(style.fillOpacity, decimals: 2),
                "stroke": style.stroke, "stroke-opacity": PixelNumber.fixed(style.strokeOpacity, decimals: 2),
                "stroke-width": PixelNumber.text(min(style.strokeWidth, 2)),
            ]))
        }
        if let style = row.line {
            shapes.append(SVGElement("line", [
                "x1": PixelNumber.text(box.x), "y1": PixelNumber.text(box.midY),
                "x2": PixelNumber.text(box.maxX), "y2": PixelNumber.text(box.midY),
                "stroke": style.stroke, "stroke-opacity": PixelNumber.fixed(style.strokeOpacity, decimals: 2),
                "stroke-width": PixelNumber.text(min(max(style.strokeWidth, 1), 6)), "stroke-linecap": "round",
            ]))
        }
        if let style = row.point {
            shapes.append(SVGElement("circle", [
                "cx": PixelNumber.text(box.midX), "cy": PixelNumber.text(box.midY),
                "r": PixelNumber.text(min(style.markerRadius, 6)),
                "fill": style.markerColor, "stroke": "#ffffff", "stroke-width": "1.5",
            ]))
        }
        return shapes
    }
}

/// The kinds of shape a geometry draws, for legend swatches.
enum ShapeKind: Hashable {
    case point, line, polygon
}

extension Geometry {
    /// The shape kinds this geometry draws, in polygon–line–point order.
    var kinds: [ShapeKind] {
        switch self {
        case .point, .multiPoint: [.point]
        case .lineString, .multiLineString: [.line]
        case .polygon, .multiPolygon: [.polygon]
        case .geometryCollection(let members):
            [ShapeKind.polygon, .line, .point].filter { kind in members.contains { $0.kinds.contains(kind) } }
        }
    }
}
