import GeoJSON

/// Draws GeoJSON features as SVG shapes through a ``MercatorFit``: one `<path>` per line or polygon
/// geometry (polygons with holes filled even-odd), one `<circle>` per point inside the visible area.
struct FeaturePainter {
    let fit: MercatorFit
    /// Where the map is shown (the clip area): points outside it are left out.
    let visible: PixelRect

    /// The feature as a group (with a `<title>` tooltip when it has a title), or `nil` when nothing
    /// of it is drawable.
    func draw(_ feature: Feature) -> SVGElement? {
        guard let geometry = feature.geometry else { return nil }
        let style = FeatureStyle(feature.properties)
        let shapes = elements(for: geometry, style: style)
        guard !shapes.isEmpty else { return nil }
        var group = SVGElement("g", ["class": "feature"])
        if let title = style.title { group.append(SVGElement("title", text: title)) }
        group.append(contentsOf: shapes)
        return group
    }

    /// The pixel position of a visible point feature, for its label.
    func labelAnchor(_ feature: Feature) -> (x: Double, y: Double)? {
        guard case .point(let position)? = feature.geometry else { return nil }
        return visiblePixel(position)
    }

    private func elements(for geometry: Geometry, style: FeatureStyle) -> [SVGElement] {
        switch geometry {
        case .point(let position):
            return marker(at: position, style: style)
        case .multiPoint(let positions):
            return positions.flatMap { marker(at: $0, style: style) }
        case .lineString(let positions):
            return path(subpaths: [positions], closed: false, style: style)
        case .multiLineString(let lines):
            return path(subpaths: lines, closed: false, style: style)
        case .polygon(let rings):
            return path(subpaths: rings, closed: true, style: style)
        case .multiPolygon(let polygons):
            return path(subpaths: Array(polygons.joined()), closed: true, style: style)
        case .geometryCollection(let members):
            return members.flatMap { elements(for: $0, style: style) }
        }
    }

    private func visiblePixel(_ position: Position) -> (x: Double, y: Double)? {
        guard position.isDrawable else { return nil }
        let p = fit.pixel(lon: position.longitude, lat: position.latitude)
        return visible.contains(x: p.x, y: p.y) ? p : nil
    }

    private func marker(at position: Position, style: FeatureStyle) -> [SVGElement] {
        guard let p = visiblePixel(position) else { return [] }
        var shapes = [SVGElement("circle", [
            "cx": PixelNumber.text(p.x), "cy": PixelNumber.text(p.y), "r": PixelNumber.text(style.markerRadius),
            "fill": style.markerColor, "stroke": "#ffffff", "stroke-width": "1.5",
        ])]
        if let symbol = style.markerSymbol {
            let size = style.markerRadius * 1.3
            shapes.append(SVGElement("text", [
                "x": PixelNumber.text(p.x), "y": PixelNumber.text(p.y + size * 0.36),
                "text-anchor": "middle", "font-size": PixelNumber.text(size), "font-weight": "bold", "fill": "#ffffff",
            ], text: symbol))
        }
        return shapes
    }

    private func path(subpaths: [[Position]], closed: Bool, style: FeatureStyle) -> [SVGElement] {
        let data = subpaths.compactMap { pathData($0, closed: closed) }.joined(separator: " ")
        guard !data.isEmpty else { return [] }
        return [SVGElement("path", [
            "d": data,
            "fill": closed ? style.fill : "none",
            "fill-opacity": closed ? PixelNumber.fixed(style.fillOpacity, decimals: 2) : nil,
            "fill-rule": closed ? "evenodd" : nil,
            "stroke": style.stroke,
            "stroke-width": PixelNumber.text(style.strokeWidth),
            "stroke-opacity": PixelNumber.fixed(style.strokeOpacity, decimals: 2),
            "stroke-linejoin": "round", "stroke-linecap": "round",
        ])]
    }

    /// `M x y L x y …` (with `Z` for rings), skipping undrawable positions and repeats that round to
    /// the same pixel text; `nil` when fewer than two distinct pixels remain.
    private func pathData(_ positions: [Position], closed: Bool) -> String? {
        var points: [String] = []
        for position in positions where position.isDrawable {
            let p = fit.pixel(lon: position.longitude, lat: position.latitude)
            let text = PixelNumber.text(p.x) + " " + PixelNumber.text(p.y)
            if text != points.last { points.append(text) }
        }
        guard points.count >= 2 else { return nil }
        return "M" + points.joined(separator: " L") + (closed ? " Z" : "")
    }
}
