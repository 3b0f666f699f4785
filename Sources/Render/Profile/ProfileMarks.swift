import RouteModel

/// Marks over the chart: sourced ruling gradients as labelled brackets above the plot, and an
/// incident's interval (shaded band) and best chainage (dashed line) with its label.
enum ProfileMarks {
    /// A bracket over each ruling gradient's stretch, labelled "ruling gradient 1 in 25 (40 ‰)".
    /// The label is kept inside the canvas (`canvasWidth` wide) when the stretch is narrow.
    static func ruling(_ gradients: [RulingGradient], scale: ProfileScale, canvasWidth: Double) -> SVGElement {
        var group = SVGElement("g", ["id": "ruling-gradients", "font-size": "11", "fill": "#333333"])
        let y = scale.frame.y - 10
        for gradient in gradients {
            guard let shown = scale.clip(gradient.fromKm, gradient.toKm) else { continue }
            let left = scale.x(shown.lowerBound), right = scale.x(shown.upperBound)
            let d = "M\(PixelNumber.text(left)) \(PixelNumber.text(y + 6)) L\(PixelNumber.text(left)) \(PixelNumber.text(y))"
                + " L\(PixelNumber.text(right)) \(PixelNumber.text(y)) L\(PixelNumber.text(right)) \(PixelNumber.text(y + 6))"
            group.append(SVGElement("path", ["d": d, "fill": "none", "stroke": "#333333", "stroke-width": "1.2"]))
            let text = "ruling gradient " + gradient.summary
            let half = TextMetrics.width(text, fontSize: 11) / 2
            let x = min(max((left + right) / 2, half + 8), canvasWidth - half - 8)
            group.append(SVGElement("text", [
                "class": "ruling", "x": PixelNumber.text(x), "y": PixelNumber.text(y - 5), "text-anchor": "middle",
            ], text: text))
        }
        return group
    }

    /// The incident's band, best-chainage line and label (parts outside the range are left out).
    static func incident(_ incident: ProfileIncident, scale: ProfileScale) -> SVGElement {
        var group = SVGElement("g", ["id": "incident"])
        let frame = scale.frame
        var labelX: Double?
        if let shown = scale.clip(incident.fromKm, incident.toKm) {
            let x = scale.x(shown.lowerBound), width = max(scale.x(shown.upperBound) - x, 1.5)
            group.append(SVGElement("rect", [
                "class": "incident-band", "x": PixelNumber.text(x), "y": PixelNumber.text(frame.y),
                "width": PixelNumber.text(width), "height": PixelNumber.text(frame.height),
                "fill": "#d62728", "fill-opacity": "0.13", "stroke": "#d62728", "stroke-opacity": "0.5", "stroke-width": "0.8",
            ]))
            labelX = x + width / 2
        }
        var text = incident.label + ": km " + PixelNumber.short(incident.fromKm) + "–" + PixelNumber.short(incident.toKm)
        if let best = incident.bestKm {
            text += ", best km " + PixelNumber.short(best)
            if scale.shows(best) {
                let x = PixelNumber.text(scale.x(best))
                group.append(SVGElement("line", [
                    "class": "incident-best", "x1": x, "y1": PixelNumber.text(frame.y), "x2": x, "y2": PixelNumber.text(frame.maxY),
                    "stroke": "#d62728", "stroke-width": "2", "stroke-dasharray": "6 4",
                ]))
                labelX = scale.x(best)
            }
        }
        guard let anchorX = labelX else { return group }
        let half = TextMetrics.width(text, fontSize: 12) / 2
        let x = min(max(anchorX, frame.x + half + 4), frame.maxX - half - 4)
        group.append(SVGElement("text", [
            "class": "incident-label", "x": PixelNumber.text(x), "y": PixelNumber.text(frame.y + 16), "text-anchor": "middle",
            "font-size": "12", "font-weight": "bold", "fill": "#a31515", "stroke": "#ffffff", "stroke-width": "3", "paint-order": "stroke",
        ], text: text))
        return group
    }
}
