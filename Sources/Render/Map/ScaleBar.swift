/// A scale bar: the longest 1–2–5 length not over `maxWidth` pixels at the map centre's
/// true scale (``MercatorFit/metresPerPixelAtCentre``), drawn as alternating black and white halves.
struct ScaleBar {
    /// The length the bar stands for, km.
    let km: Double
    /// The bar's length in pixels.
    let width: Double

    init(fit: MercatorFit, maxWidth: Double = 180) {
        let kmPerPixel = fit.metresPerPixelAtCentre / 1000
        km = NiceNumbers.floor(maxWidth * kmPerPixel)
        width = km / kmPerPixel
    }

    /// The label at the bar's right end, e.g. "20 km" (or "500 m" below a kilometre).
    var label: String {
        km < 1 ? PixelNumber.short(km * 1000) + " m" : PixelNumber.short(km) + " km"
    }

    /// The space the bar and its labels take with its right edge at (`right`, `bottom`).
    func box(right: Double, bottom: Double) -> PixelRect {
        let overhang = max(TextMetrics.width(label, fontSize: 11) / 2, 8) + 6
        return PixelRect(x: right - width - 14 - overhang, y: bottom - 34, width: width + 14 + overhang, height: 34)
    }

    /// The bar drawn in `box` (from ``box(right:bottom:)``).
    func draw(in box: PixelRect) -> SVGElement {
        let x = box.x + 14, y = box.maxY - 12, half = width / 2
        var group = SVGElement("g", [
            "id": "scale-bar", "data-km": PixelNumber.fixed(km, decimals: 3), "data-width": PixelNumber.text(width),
            "font-size": "11",
        ])
        group.append(SVGElement("rect", [
            "x": PixelNumber.text(box.x), "y": PixelNumber.text(box.y),
            "width": PixelNumber.text(box.width), "height": PixelNumber.text(box.height),
            "fill": "#ffffff", "fill-opacity": "0.8", "rx": "3",
        ]))
        group.append(SVGElement("rect", [
            "x": PixelNumber.text(x), "y": PixelNumber.text(y), "width": PixelNumber.text(half), "height": "5",
            "fill": "#222222", "stroke": "#222222", "stroke-width": "0.8",
        ]))
        group.append(SVGElement("rect", [
            "x": PixelNumber.text(x + half), "y": PixelNumber.text(y), "width": PixelNumber.text(half), "height": "5",
            "fill": "#ffffff", "stroke": "#222222", "stroke-width": "0.8",
        ]))
        group.append(SVGElement("text", ["x": PixelNumber.text(x), "y": PixelNumber.text(y - 5), "text-anchor": "middle"], text: "0"))
        group.append(SVGElement("text", [
            "x": PixelNumber.text(x + width), "y": PixelNumber.text(y - 5), "text-anchor": "middle",
        ], text: label))
        return group
    }
}
