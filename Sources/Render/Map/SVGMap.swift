import GeoJSON

/// An SVG map of GeoJSON layers, styled by their simplestyle-spec properties, on spherical Web Mercator.
///
/// Layers are drawn in order (the first at the bottom). Point features are labelled from `title` (or
/// `name`) with a white halo; a label that would overlap one already placed, the map's furniture or
/// the marker of a point with the same or a higher `label_priority` is skipped. Labels are placed by descending `label_priority` (default 0), then later
/// layers first, then feature order. The map carries a title, a legend of the layers, a scale bar in
/// km at the true scale of the map's centre (WGS84), a north arrow and the OpenStreetMap attribution.
/// The same input always gives the same text (pixels with one decimal).
public struct SVGMap: Sendable {
    /// The attribution line every map carries.
    public static let attribution = "© OpenStreetMap contributors (ODbL) · routemap"

    /// The title shown above the map.
    public var title: String
    /// Picture width in pixels (at least 300).
    public var width: Int
    /// Picture height in pixels (at least 240).
    public var height: Int
    /// The box to show; `nil` shows the extent of all layers.
    public var bounds: MapBounds?

    /// Creates a map description; nothing is drawn until ``render(_:)``.
    public init(title: String, width: Int = 1200, height: Int = 900, bounds: MapBounds? = nil) {
        self.title = title
        self.width = max(width, 300)
        self.height = max(height, 240)
        self.bounds = bounds
    }

    /// The area the map occupies: the whole width, between the 40 px title band and the 22 px
    /// attribution band. Drawing is clipped to it.
    public var mapArea: PixelRect {
        PixelRect(x: 0, y: 40, width: Double(width), height: Double(height) - 40 - 22)
    }

    /// The frame the bounds are fitted into: the map area less 24 px on each side and 40 px at the
    /// bottom (where the scale bar sits).
    public var mapFrame: PixelRect {
        let area = mapArea
        return PixelRect(x: area.x + 24, y: area.y + 24, width: area.width - 48, height: area.height - 64)
    }

    /// The projection used for `layers`: ``bounds``, or the layers' extent, fitted to ``mapFrame``; a box
    /// under 0.01° both ways (such as a single point) is widened to 2 km around its centre. `nil` when
    /// there is no explicit box and nothing to draw.
    public func fit(for layers: [(name: String, collection: FeatureCollection)]) -> MercatorFit? {
        guard let box = bounds ?? MapBounds(extentOf: layers.map(\.collection)) else { return nil }
        let minimumSpan = 0.01
        let shown = box.east - box.west < minimumSpan && box.north - box.south < minimumSpan
            ? MapBounds.around(box.centre, radiusKm: 1) : box
        return MercatorFit(bounds: shown, frame: mapFrame)
    }

    /// The map as an SVG document.
    public func render(_ layers: [(name: String, collection: FeatureCollection)]) -> String {
        let area = mapArea
        var body = [
            SVGElement("rect", ["width": "100%", "height": "100%", "fill": "#ffffff"]),
            SVGElement("defs", children: [.element(SVGElement("clipPath", ["id": "map-clip"], children: [
                .element(Self.rect(area, ["fill": nil])),
            ]))]),
            Self.rect(area, ["fill": "#f4f2ec"]),
            SVGElement("text", ["x": "16", "y": "27", "font-size": "20", "font-weight": "bold", "fill": "#222222"], text: title),
        ]
        let legend = MapLegend(layers: layers)
        let legendBox = legend.box(x: area.x + 10, bottom: area.maxY - 10)
        let arrowBox = NorthArrow.box(right: area.maxX - 10, top: area.y + 10)
        if let fit = fit(for: layers) {
            let painter = FeaturePainter(fit: fit, visible: area)
            var content = SVGElement("g", ["clip-path": "url(#map-clip)"])
            for layer in layers {
                var group = SVGElement("g", ["class": "layer", "data-layer": layer.name])
                group.append(contentsOf: layer.collection.features.compactMap(painter.draw))
                content.append(group)
            }
            body.append(content)
            let scaleBar = ScaleBar(fit: fit)
            let scaleBox = scaleBar.box(right: area.maxX - 10, bottom: area.maxY - 10)
            body.append(labels(layers, painter: painter, area: area, reserved: [legendBox, arrowBox, scaleBox].compactMap { $0 }))
            body.append(scaleBar.draw(in: scaleBox))
        } else {
            body.append(SVGElement("text", [
                "x": PixelNumber.text(area.midX), "y": PixelNumber.text(area.midY), "text-anchor": "middle",
                "font-size": "16", "fill": "#666666",
            ], text: "No features to draw"))
        }
        body.append(NorthArrow.draw(in: arrowBox))
        if let legendBox { body.append(legend.draw(in: legendBox)) }
        body.append(SVGElement("text", [
            "x": PixelNumber.text(Double(width) - 10), "y": PixelNumber.text(Double(height) - 7),
            "text-anchor": "end", "font-size": "11", "fill": "#555555",
        ], text: Self.attribution))
        return SVGDocument(width: width, height: height, title: title, body: body).text()
    }

    /// The labels of titled point features, placed by priority without overlaps.
    private func labels(_ layers: [(name: String, collection: FeatureCollection)], painter: FeaturePainter,
                        area: PixelRect, reserved: [PixelRect]) -> SVGElement {
        struct Candidate {
            var request: LabelPlacer.Request
            var layer: Int
            var order: Int
        }
        var candidates: [Candidate] = []
        var markers: [LabelPlacer.Marker] = []
        for (layerIndex, layer) in layers.enumerated() {
            for (order, feature) in layer.collection.features.enumerated() {
                guard let anchor = painter.labelAnchor(feature) else { continue }
                let style = FeatureStyle(feature.properties)
                let r = style.markerRadius
                markers.append(.init(box: PixelRect(x: anchor.x - r, y: anchor.y - r, width: 2 * r, height: 2 * r),
                                     priority: style.labelPriority))
                guard let text = style.title else { continue }
                candidates.append(Candidate(request: .init(text: text, x: anchor.x, y: anchor.y, markerRadius: r,
                                                           priority: style.labelPriority),
                                            layer: layerIndex, order: order))
            }
        }
        candidates.sort { a, b in
            if a.request.priority != b.request.priority { return a.request.priority > b.request.priority }
            if a.layer != b.layer { return a.layer > b.layer }
            return a.order < b.order
        }
        var placer = LabelPlacer(frame: area.insetBy(2), reserved: reserved, markers: markers)
        for candidate in candidates { placer.place(candidate.request) }
        var group = SVGElement("g", [
            "id": "labels", "font-size": PixelNumber.text(LabelPlacer.fontSize), "fill": "#1a1a1a",
            "stroke": "#ffffff", "stroke-width": "3", "stroke-linejoin": "round", "paint-order": "stroke",
        ])
        group.append(contentsOf: placer.placed)
        return group
    }

    private static func rect(_ r: PixelRect, _ extra: KeyValuePairs<String, String?>) -> SVGElement {
        var element = SVGElement("rect", [
            "x": PixelNumber.text(r.x), "y": PixelNumber.text(r.y),
            "width": PixelNumber.text(r.width), "height": PixelNumber.text(r.height),
        ])
        for (name, value) in extra { element.set(name, value) }
        return element
    }
}
