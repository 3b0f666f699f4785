import Foundation
import RouteModel

/// Stations along the chainage axis: a tick on the axis for every station in range, and for those
/// that fit, a faint guide line through the chart and the name slanted below the tunnel strip.
/// Stations with a sourced height are named in bold and placed first; a name that would overlap one
/// already placed, or run off the canvas's right edge, is left out.
enum StationAxis {
    private static let angle = 40.0
    private static let fontSize = 11.0

    /// How far below its anchor the longest name in `stations` reaches.
    static func depth(of stations: [Station]) -> Double {
        let longest = stations.map { TextMetrics.width($0.name, fontSize: fontSize) }.max() ?? 0
        let radians = angle * .pi / 180
        return longest * sin(radians) + fontSize * cos(radians) + 4
    }

    static func draw(_ stations: [Station], scale: ProfileScale, labelTop: Double, canvasWidth: Double) -> SVGElement {
        let shown = stations.filter { scale.shows($0.chainageKm) }
        let frame = scale.frame
        var group = SVGElement("g", ["id": "stations", "font-size": PixelNumber.text(fontSize)])
        for station in shown {
            let x = PixelNumber.text(scale.x(station.chainageKm))
            group.append(SVGElement("line", [
                "class": "station", "data-station": station.name,
                "x1": x, "y1": PixelNumber.text(frame.maxY - 5), "x2": x, "y2": PixelNumber.text(frame.maxY),
                "stroke": "#555555", "stroke-width": "1",
            ]))
        }
        // Slanted names of equal height overlap when their anchors are closer than this.
        let minimumGap = fontSize * 1.05 / sin(angle * .pi / 180)
        var placedX: [Double] = []
        let ordered = shown.filter { $0.elevationM != nil } + shown.filter { $0.elevationM == nil }
        for station in ordered {
            let x = scale.x(station.chainageKm)
            let reach = x + TextMetrics.width(station.name, fontSize: fontSize) * cos(angle * .pi / 180)
            guard reach < canvasWidth - 4, !placedX.contains(where: { abs($0 - x) < minimumGap }) else { continue }
            placedX.append(x)
            let anchor = PixelNumber.text(x - 3) + " " + PixelNumber.text(labelTop)
            group.append(SVGElement("line", [
                "class": "station-guide", "x1": PixelNumber.text(x), "y1": PixelNumber.text(frame.y),
                "x2": PixelNumber.text(x), "y2": PixelNumber.text(frame.maxY - 5),
                "stroke": "#b8b8b8", "stroke-width": "0.7", "stroke-dasharray": "2 3",
            ]))
            group.append(SVGElement("line", [
                "x1": PixelNumber.text(x), "y1": PixelNumber.text(labelTop - 12), "x2": PixelNumber.text(x),
                "y2": PixelNumber.text(labelTop - 4), "stroke": "#666666", "stroke-width": "1",
            ]))
            group.append(SVGElement("text", [
                "class": "station-name", "x": PixelNumber.text(x - 3), "y": PixelNumber.text(labelTop),
                "transform": "rotate(\(PixelNumber.short(angle)) \(anchor))",
                "font-weight": station.elevationM == nil ? nil : "bold", "fill": "#222222",
            ], text: station.name))
        }
        return group
    }
}
