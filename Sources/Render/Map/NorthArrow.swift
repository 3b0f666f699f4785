/// A north arrow: a half-filled arrowhead with an "N" above it. On Web Mercator north is straight up
/// everywhere, so the arrow is always vertical.
enum NorthArrow {
    /// The arrow's box with its top-right corner at (`right`, `top`).
    static func box(right: Double, top: Double) -> PixelRect {
        PixelRect(x: right - 34, y: top, width: 34, height: 50)
    }

    /// The arrow drawn in `box`.
    static func draw(in box: PixelRect) -> SVGElement {
        let cx = box.midX, tip = box.y + 20, base = box.maxY - 4
        func point(_ x: Double, _ y: Double) -> String { PixelNumber.text(x) + "," + PixelNumber.text(y) }
        var group = SVGElement("g", ["id": "north-arrow"])
        group.append(SVGElement("rect", [
            "x": PixelNumber.text(box.x), "y": PixelNumber.text(box.y),
            "width": PixelNumber.text(box.width), "height": PixelNumber.text(box.height),
            "fill": "#ffffff", "fill-opacity": "0.8", "rx": "3",
        ]))
        group.append(SVGElement("polygon", [
            "points": [point(cx, tip), point(cx + 8, base), point(cx, base - 7)].joined(separator: " "),
            "fill": "#ffffff", "stroke": "#222222", "stroke-width": "1",
        ]))
        group.append(SVGElement("polygon", [
            "points": [point(cx, tip), point(cx - 8, base), point(cx, base - 7)].joined(separator: " "),
            "fill": "#222222", "stroke": "#222222", "stroke-width": "1",
        ]))
        group.append(SVGElement("text", [
            "x": PixelNumber.text(cx), "y": PixelNumber.text(box.y + 15), "text-anchor": "middle",
            "font-size": "13", "font-weight": "bold", "fill": "#222222",
        ], text: "N"))
        return group
    }
}
