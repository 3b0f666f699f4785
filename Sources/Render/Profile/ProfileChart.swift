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

    /// The plot area (inside the axes) for `route`: 80 px from the left, 30 px from the right, 96 px
    /// from the top; below it the chainage ticks, the tunnel lanes, the station names and the caption
    /// take the height they need.
    public func plotFrame(for route: Route) -> PixelRect {
        layout(route, range: shownRange(for: route), tunnels: tunnelStrip(route, range: shownRange(for: route))).plot
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
        let tunnels = tunnelStrip(route, range: range)
        let layout = layout(route, range: range, tunnels: tunnels)
        let scale = ProfileScale(frame: layout.plot, rangeKm: range, elevationM: elevationDomain(route.profile, range: range))
        let shownStations = route.stations.filter { range.contains($0.chainageKm) }
        let heading = title ?? "Elevation profile: \(shownStations.first?.name ?? "") – \(shownStations.last?.name ?? "")"
        let elevation = ProfileLine(route.profile, scale: scale)
        // The plot's drawing is clipped to its frame, with room for points and labels at the edges.
        let clip = PixelRect(x: layout.plot.x - 10, y: layout.plot.y - 10, width: layout.plot.width + 20, height: layout.plot.height + 10)
        let plotClip = SVGElement("clipPath", ["id": "plot-clip"], children: [.element(SVGElement("rect", [
            "x": PixelNumber.text(clip.x), "y": PixelNumber.text(clip.y),
            "width": PixelNumber.text(clip.width), "height": PixelNumber.text(clip.height),
        ]))])
        var plot = SVGElement("g", ["clip-path": "url(#plot-clip)"])
        plot.append(elevation.ground)
        if let incident { plot.append(ProfileMarks.incident(incident, scale: scale)) }
        plot.append(elevation.line)
        var body = [
            SVGElement("rect", ["width": "100%", "height": "100%", "fill": "#ffffff"]),
            SVGElement("defs", children: [.element(TunnelStrip.hatchPattern), .element(plotClip)]),
            SVGElement("text", ["x": "16", "y": "28", "font-size": "20", "font-weight": "bold", "fill": "#222222"], text: heading),
            ProfileAxes.draw(scale: scale, xTitle: "chainage, km from \(route.stations.first?.name ?? "origin") (km posts, ±\(PixelNumber.short(route.postRoundingKm)) km)"),
            StationAxis.draw(route.stations, scale: scale, labelTop: layout.stationLabelTop, canvasWidth: Double(width)),
            plot,
            ProfileMarks.ruling(route.profile.ruling, scale: scale, canvasWidth: Double(width)),
            tunnels.draw(top: layout.tunnelTop, titleX: scale.frame.x - 8, scale: scale),
        ]
        var caption = SVGElement("g", ["id": "caption", "font-size": PixelNumber.text(ProfileLayout.captionFontSize), "fill": "#555555"])
        for (index, line) in layout.captionLines.enumerated() {
            caption.append(SVGElement("text", ["x": "16", "y": PixelNumber.text(layout.captionBaseline(index, height: height))], text: line))
        }
        body.append(caption)
        return SVGDocument(width: width, height: height, title: heading, body: body).text()
    }

    /// Tunnel lanes depend only on the horizontal scale, so they are laid out before the height.
    private func tunnelStrip(_ route: Route, range: ClosedRange<Double>) -> TunnelStrip {
        let column = ProfileLayout.plotColumn(width: width)
        let scale = ProfileScale(frame: PixelRect(x: column.x, y: 0, width: column.width, height: 1), rangeKm: range, elevationM: 0...1)
        return TunnelStrip(tunnels: route.tunnels, scale: scale)
    }

    private func layout(_ route: Route, range: ClosedRange<Double>, tunnels: TunnelStrip) -> ProfileLayout {
        ProfileLayout(width: width, height: height, tunnelLanes: tunnels.laneCount,
                      stationDepth: StationAxis.depth(of: route.stations.filter { range.contains($0.chainageKm) }),
                      caption: caption(route, range: range))
    }

    /// Elevation axis from 0 (or the lowest height, if negative) to a round figure above the highest
    /// height drawn (sourced heights in range and the line's ends), with headroom for the labels.
    private func elevationDomain(_ profile: ElevationProfile, range: ClosedRange<Double>) -> ClosedRange<Double> {
        let heights = profile.samples.filter { range.contains($0.chainageKm) }.map(\.elevationM)
            + [range.lowerBound, range.upperBound].compactMap(profile.elevation(atChainage:))
        let low = min(heights.min() ?? 0, 0), high = max(heights.max() ?? 100, low + 100)
        let step = NiceNumbers.step(span: (high - low) * 1.1, maxTicks: 8)
        return (low / step).rounded(.down) * step...((high + (high - low) * 0.08) / step).rounded(.up) * step
    }

    private func caption(_ route: Route, range: ClosedRange<Double>) -> [String] {
        let samples = route.profile.samples
        let inRange = samples.filter { range.contains($0.chainageKm) }.count
        return [
            "Heights are sourced for \(samples.count) stations only (\(inRange) in this range), joined by straight lines only where two are at most \(PixelNumber.short(route.profile.maxGapKm)) km apart; elsewhere the height is unknown (a gap).",
            "Chainage from Pakistan Railways km posts, ±\(PixelNumber.short(route.postRoundingKm)) km. Tunnels: grey = somewhere between the two stations shown, hatched = position uncertain. Sources: GeoData/SOURCES.md.",
        ]
    }
}
