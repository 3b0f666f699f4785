import RouteModel

/// An SVG elevation profile of a route along chainage.
///
/// Sourced station heights are drawn as points joined by straight lines only across the profile's
/// sections (stations with heights at most ``ElevationProfile/maxGapKm`` apart); elsewhere the height
/// is unknown and the line has a gap. Below the chart: chainage ticks, tunnels as bands (hatched or
/// lighter where their position is uncertain) and station names. Above it: ruling gradients over
/// their stretch. An optional incident is marked by its interval and best chainage. A caption says how
/// exact the figures are.
public struct ProfileChart: Sendable {
    /// The title; `nil` gives "Elevation profile: <first station> – <last station>".
    public var title: String?
    /// Picture width in pixels (at least 500).
    public var width: Int
    /// Picture height in pixels (at least 500).
    public var height: Int
    /// The chainage range shown, km; `nil` gives ``defaultRange(for:)``.
    public var rangeKm: ClosedRange<Double>?
    /// An incident to mark, if any.
    public var incident: ProfileIncident?

    /// Creates a chart description; nothing is drawn until ``render(_:)``.
    public init(title: String? = nil, width: Int = 1200, height: Int = 720, rangeKm: ClosedRange<Double>? = nil,
                incident: ProfileIncident? = nil) {
        self.title = title
        self.width = max(width, 500)
        self.height = max(height, 500)
        self.rangeKm = rangeKm
        self.incident = incident
    }

    /// The longest stretch over which the profile interpolates heights (consecutive sections joined
    /// end to end), e.g. 0–141 km (Quetta–Sibi) for the Jaffar Express; the whole route when the
    /// profile has no sections.
    public static func defaultRange(for route: Route) -> ClosedRange<Double> {
        var best: ClosedRange<Double>?
        var current: ClosedRange<Double>?
        for section in route.profile.sections {
            if let run = current, run.upperBound == section.from.chainageKm {
                current = run.lowerBound...section.to.chainageKm
            } else {
                current = section.from.chainageKm...section.to.chainageKm
            }
            if let run = current, run.upperBound - run.lowerBound > (best.map { $0.upperBound - $0.lowerBound } ?? -1) {
                best = run
            }
        }
        return best ?? 0...max(route.lengthKm, 1)
    }

    /// The plot area (axes' inside): 80 px from the left, 30 px from the right, 96 px from the top
    /// and 270 px from the bottom (room for ticks, tunnels, station names and the caption).
    public var plotFrame: PixelRect {
        PixelRect(x: 80, y: 96, width: Double(width) - 110, height: Double(height) - 96 - 270)
    }

    /// The chainage range drawn for `route`: ``rangeKm`` clipped to the route, or the default when
    /// that leaves nothing.
    public func shownRange(for route: Route) -> ClosedRange<Double> {
        guard let wanted = rangeKm else { return Self.defaultRange(for: route) }
        let lower = max(wanted.lowerBound, 0), upper = min(wanted.upperBound, route.lengthKm)
        return lower < upper ? lower...upper : Self.defaultRange(for: route)
    }

    /// The chart as an SVG document.
    public func render(_ route: Route) -> String {
        let range = shownRange(for: route)
        let scale = ProfileScale(frame: plotFrame, rangeKm: range, elevationM: elevationDomain(route.profile, range: range))
        let shownStations = route.stations.filter { range.contains($0.chainageKm) }
        let heading = title ?? "Elevation profile: \(shownStations.first?.name ?? "") – \(shownStations.last?.name ?? "")"
        let tunnels = TunnelStrip(tunnels: route.tunnels, scale: scale)
        let tunnelTop = scale.frame.maxY + 48
        var body = [
            SVGElement("rect", ["width": "100%", "height": "100%", "fill": "#ffffff"]),
            SVGElement("defs", children: [.element(TunnelStrip.hatchPattern)]),
            SVGElement("text", ["x": "16", "y": "28", "font-size": "20", "font-weight": "bold", "fill": "#222222"], text: heading),
            ProfileAxes.draw(scale: scale, xTitle: "chainage, km from \(route.stations.first?.name ?? "origin") (km posts, ±\(PixelNumber.short(route.postRoundingKm)) km)"),
        ]
        if let incident { body.append(ProfileMarks.incident(incident, scale: scale)) }
        body.append(StationAxis.draw(route.stations, scale: scale,
                                     labelTop: tunnelTop + Double(tunnels.laneCount) * TunnelStrip.laneHeight + 14))
        body.append(ProfileLine.draw(route.profile, scale: scale))
        body.append(ProfileMarks.ruling(route.profile.ruling, scale: scale))
        body.append(tunnels.draw(top: tunnelTop, titleX: scale.frame.x - 8, scale: scale))
        body.append(caption(route, range: range))
        return SVGDocument(width: width, height: height, title: heading, body: body).text()
    }

    /// Elevation axis from 0 (or the lowest height, if negative) to a round figure above the highest
    /// sourced height in range, with headroom for the point labels.
    private func elevationDomain(_ profile: ElevationProfile, range: ClosedRange<Double>) -> ClosedRange<Double> {
        let heights = profile.samples.filter { range.contains($0.chainageKm) }.map(\.elevationM)
        let low = min(heights.min() ?? 0, 0), high = max(heights.max() ?? 100, low + 100)
        let step = NiceNumbers.step(span: (high - low) * 1.1, maxTicks: 8)
        return (low / step).rounded(.down) * step...((high + (high - low) * 0.08) / step).rounded(.up) * step
    }

    private func caption(_ route: Route, range: ClosedRange<Double>) -> SVGElement {
        let samples = route.profile.samples
        let inRange = samples.filter { range.contains($0.chainageKm) }.count
        let paragraphs = [
            "Heights are sourced for \(samples.count) stations only (\(inRange) in this range), joined by straight lines where two of them are at most \(PixelNumber.short(route.profile.maxGapKm)) km apart; elsewhere the height is unknown and left as a gap.",
            "Chainage from Pakistan Railways km posts, ±\(PixelNumber.short(route.postRoundingKm)) km. Tunnels: grey = somewhere between the two stations shown, hatched = position uncertain. Sources: GeoData/SOURCES.md.",
        ]
        let lines = paragraphs.flatMap { TextMetrics.wrap($0, fontSize: 11, maxWidth: Double(width) - 32) }
        var group = SVGElement("g", ["id": "caption", "font-size": "11", "fill": "#555555"])
        for (index, line) in lines.enumerated() {
            group.append(SVGElement("text", [
                "x": "16", "y": PixelNumber.text(Double(height) - 10 - Double(lines.count - 1 - index) * 15),
            ], text: line))
        }
        return group
    }
}
