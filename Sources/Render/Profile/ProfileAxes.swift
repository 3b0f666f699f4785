/// The chart's axes: chainage ticks (km) along the bottom, elevation ticks (m) with grid lines up
/// the left, each titled with its unit.
enum ProfileAxes {
    static func draw(scale: ProfileScale, xTitle: String) -> SVGElement {
        let frame = scale.frame
        var group = SVGElement("g", ["id": "axes", "font-size": "11", "fill": "#333333"])
        let yStep = NiceNumbers.step(span: scale.elevationM.upperBound - scale.elevationM.lowerBound, maxTicks: 8)
        for m in NiceNumbers.ticks(in: scale.elevationM, step: yStep) {
            let y = PixelNumber.text(scale.y(m))
            group.append(SVGElement("line", [
                "class": "grid", "x1": PixelNumber.text(frame.x), "y1": y, "x2": PixelNumber.text(frame.maxX), "y2": y,
                "stroke": "#e3e3e3", "stroke-width": "1",
            ]))
            group.append(SVGElement("text", [
                "class": "y-tick", "x": PixelNumber.text(frame.x - 8), "y": PixelNumber.text(scale.y(m) + 4), "text-anchor": "end",
            ], text: PixelNumber.short(m)))
        }
        let xStep = NiceNumbers.step(span: scale.rangeKm.upperBound - scale.rangeKm.lowerBound, maxTicks: 14)
        for km in NiceNumbers.ticks(in: scale.rangeKm, step: xStep) {
            let x = PixelNumber.text(scale.x(km))
            group.append(SVGElement("line", [
                "x1": x, "y1": PixelNumber.text(frame.maxY), "x2": x, "y2": PixelNumber.text(frame.maxY + 5),
                "stroke": "#333333", "stroke-width": "1",
            ]))
            group.append(SVGElement("text", [
                "class": "x-tick", "x": x, "y": PixelNumber.text(frame.maxY + 18), "text-anchor": "middle",
            ], text: PixelNumber.short(km)))
        }
        group.append(SVGElement("path", [
            "d": "M\(PixelNumber.text(frame.x)) \(PixelNumber.text(frame.y)) L\(PixelNumber.text(frame.x)) \(PixelNumber.text(frame.maxY)) L\(PixelNumber.text(frame.maxX)) \(PixelNumber.text(frame.maxY))",
            "fill": "none", "stroke": "#333333", "stroke-width": "1.2",
        ]))
        group.append(SVGElement("text", [
            "x": PixelNumber.text(frame.maxX), "y": PixelNumber.text(frame.maxY + 34), "text-anchor": "end", "font-size": "12",
        ], text: xTitle))
        let yTitleX = PixelNumber.text(frame.x - 48), yTitleY = PixelNumber.text(frame.midY)
        group.append(SVGElement("text", [
            "x": yTitleX, "y": yTitleY, "text-anchor": "middle", "font-size": "12",
            "transform": "rotate(-90 \(yTitleX) \(yTitleY))",
        ], text: "elevation above sea level, m"))
        return group
    }
}
