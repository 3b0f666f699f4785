import RouteModel

/// Tunnels as bands on a strip below the chart, one lane per overlap: solid where the position is
/// known, light where the tunnel lies somewhere between two stations, hatched where the position
/// itself is uncertain. Each band is named below it; lanes keep bands and names apart.
struct TunnelStrip {
    static let laneHeight = 26.0
    static let hatchID = "tunnel-hatch"

    private struct Band {
        var tunnel: Tunnel
        var shown: ClosedRange<Double>
        var lane: Int
    }

    private let bands: [Band]
    /// The number of lanes used (0 when no tunnel is in range).
    let laneCount: Int

    init(tunnels: [Tunnel], scale: ProfileScale) {
        var laneEnds: [Double] = []
        var bands: [Band] = []
        for tunnel in tunnels.sorted(by: { ($0.fromKm, $0.toKm) < ($1.fromKm, $1.toKm) }) {
            guard let shown = scale.clip(tunnel.fromKm, tunnel.toKm) else { continue }
            let left = scale.x(shown.lowerBound)
            let right = max(scale.x(shown.upperBound), left + TextMetrics.width(tunnel.name, fontSize: 10)) + 6
            let lane = laneEnds.firstIndex { $0 <= left } ?? laneEnds.count
            if lane == laneEnds.count { laneEnds.append(right) } else { laneEnds[lane] = right }
            bands.append(Band(tunnel: tunnel, shown: shown, lane: lane))
        }
        self.bands = bands
        laneCount = laneEnds.count
    }

    /// The hatch pattern uncertain tunnels are filled with (goes in `<defs>`).
    static var hatchPattern: SVGElement {
        SVGElement("pattern", [
            "id": hatchID, "width": "6", "height": "6", "patternUnits": "userSpaceOnUse", "patternTransform": "rotate(45)",
        ], children: [
            .element(SVGElement("rect", ["width": "6", "height": "6", "fill": "#ffffff"])),
            .element(SVGElement("line", ["x1": "0", "y1": "0", "x2": "0", "y2": "6", "stroke": "#555555", "stroke-width": "2.5"])),
        ])
    }

    /// The strip with its first lane's top at `top`, titled at `titleX`.
    func draw(top: Double, titleX: Double, scale: ProfileScale) -> SVGElement {
        var group = SVGElement("g", ["id": "tunnels", "font-size": "10"])
        guard !bands.isEmpty else { return group }
        group.append(SVGElement("text", [
            "x": PixelNumber.text(titleX), "y": PixelNumber.text(top + 9), "text-anchor": "end",
            "font-size": "11", "font-weight": "bold", "fill": "#333333",
        ], text: "Tunnels"))
        for band in bands {
            let y = top + Double(band.lane) * Self.laneHeight
            let x = scale.x(band.shown.lowerBound), width = max(scale.x(band.shown.upperBound) - x, 2)
            let fill: String, opacity: String
            switch band.tunnel.certainty {
            case .known: (fill, opacity) = ("#444444", "1")
            case .betweenStations: (fill, opacity) = ("#bdbdbd", "0.8")
            case .uncertain: (fill, opacity) = ("url(#\(Self.hatchID))", "1")
            }
            var item = SVGElement("g", ["class": "tunnel-item"])
            item.append(SVGElement("rect", [
                "class": "tunnel", "data-tunnel": band.tunnel.id, "data-certainty": band.tunnel.certainty.rawValue,
                "x": PixelNumber.text(x), "y": PixelNumber.text(y), "width": PixelNumber.text(width), "height": "9",
                "fill": fill, "fill-opacity": opacity, "stroke": "#555555", "stroke-width": "0.8",
            ], children: [.element(SVGElement("title", text: "\(band.tunnel.name): km \(PixelNumber.short(band.tunnel.fromKm))–\(PixelNumber.short(band.tunnel.toKm)), \(band.tunnel.certainty.rawValue)"))]))
            item.append(SVGElement("text", [
                "x": PixelNumber.text(x), "y": PixelNumber.text(y + 20), "fill": "#333333",
            ], text: band.tunnel.name))
            group.append(item)
        }
        return group
    }
}
