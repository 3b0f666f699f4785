import Foundation
import RouteModel

/// Station names along the chainage axis: a faint guide line through the chart at every station in
/// range and the name slanted below the tunnel strip. Stations with a sourced height are named in
/// bold and placed first; a name that would overlap one already placed is left out.
enum StationAxis {
    private static let angle = 40.0
    private static let fontSize = 11.0

    static func draw(_ stations: [Station], scale: ProfileScale, labelTop: Double) -> SVGElement {
        let shown = stations.filter { scale.shows($0.chainageKm) }
        var group = SVGElement("g", ["id": "stations", "font-size": PixelNumber.text(fontSize)])
        for station in shown {
            let x = PixelNumber.text(scale.x(station.chainageKm))
            group.append(SVGElement("line", [
                "class": "station", "data-station": station.name,
                "x1": x, "y1": PixelNumber.text(scale.frame.y), "x2": x, "y2": PixelNumber.text(scale.frame.maxY),
                "stroke": "#b8b8b8", "stroke-width": "0.7", "stroke-dasharray": "2 3",
            ]))
        }
        // Slanted names of equal height overlap when their anchors are closer than this.
        let minimumGap = fontSize * 1.05 / sin(angle * .pi / 180)
        var placedX: [Double] = []
        let ordered = shown.filter { $0.elevationM != nil } + shown.filter { $0.elevationM == nil }
        for station in ordered {
            let x = scale.x(station.chainageKm)
            guard !placedX.contains(where: { abs($0 - x) < minimumGap }) else { continue }
            placedX.append(x)
            let anchor = PixelNumber.text(x - 3) + " " + PixelNumber.text(labelTop)
            group.append(SVGElement("text", [
                "class": "station-name", "x": PixelNumber.text(x - 3), "y": PixelNumber.text(labelTop),
                "transform": "rotate(\(PixelNumber.short(angle)) \(anchor))",
                "font-weight": station.elevationM == nil ? nil : "bold", "fill": "#222222",
            ], text: station.name))
            group.append(SVGElement("line", [
                "x1": PixelNumber.text(x), "y1": PixelNumber.text(labelTop - 12), "x2": PixelNumber.text(x),
                "y2": PixelNumber.text(labelTop - 4), "stroke": "#666666", "stroke-width": "1",
            ]))
        }
        return group
    }
}
