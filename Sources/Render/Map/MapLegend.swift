import GeoJSON

/// The legend: one row per ``LegendEntry`` (every colour the map draws, labelled by the features'
/// `legend` property or their layer's name) with swatches in that row's styles, drawn in the
/// bottom-left corner of the map area.
struct MapLegend {
    private static let rowHeight = 18.0
    private static let fontSize = 11.0
    private let rows: [LegendEntry]

    init(layers: [(name: String, collection: FeatureCollection)]) {
        rows = LegendEntry.entries(for: layers)
    }

    /// The legend's box with its bottom-left corner at (`x`, `bottom`); `nil` when there are no layers.
    func box(x: Double, bottom: Double) -> PixelRect? {
        guard !rows.isEmpty else { return nil }
        let textWidth = rows.map { TextMetrics.width($0.label, fontSize: Self.fontSize) }.max() ?? 0
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
            let swatch = PixelRect(x: box.x + 10, y: top + 2, width: 28, height: 14)
            var item = SVGElement("g", ["class": "legend-item", "data-layer": row.layer])
            item.append(contentsOf: row.swatches.map { Self.swatch($0, in: swatch) })
            item.append(SVGElement("text", [
                "x": PixelNumber.text(swatch.maxX + 8), "y": PixelNumber.text(swatch.midY + Self.fontSize * 0.35),
                "fill": "#222222",
            ], text: row.label))
            group.append(item)
        }
        return group
    }

    private static func swatch(_ style: LegendEntry.Swatch, in box: PixelRect) -> SVGElement {
        switch style.shape {
        case .polygon:
            SVGElement("rect", [
                "x": PixelNumber.text(box.x), "y": PixelNumber.text(box.y),
                "width": PixelNumber.text(box.width), "height": PixelNumber.text(box.height),
                "fill": style.fill, "fill-opacity": PixelNumber.fixed(style.fillOpacity, decimals: 2),
                "stroke": style.stroke, "stroke-opacity": PixelNumber.fixed(style.strokeOpacity, decimals: 2),
                "stroke-width": PixelNumber.text(min(style.strokeWidth, 2)),
            ])
        case .line:
            SVGElement("line", [
                "x1": PixelNumber.text(box.x), "y1": PixelNumber.text(box.midY),
                "x2": PixelNumber.text(box.maxX), "y2": PixelNumber.text(box.midY),
                "stroke": style.stroke, "stroke-opacity": PixelNumber.fixed(style.strokeOpacity, decimals: 2),
                "stroke-width": PixelNumber.text(min(max(style.strokeWidth, 1), 12)),
            ])
        case .point:
            SVGElement("circle", [
                "cx": PixelNumber.text(box.midX), "cy": PixelNumber.text(box.midY),
                "r": PixelNumber.text(min(style.markerRadius, 6)),
                "fill": style.markerColor, "stroke": "#ffffff", "stroke-width": "1.5",
            ])
        }
    }
}
