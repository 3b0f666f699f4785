import RouteModel

/// The elevation line: sourced station heights as points, joined (with the ground shaded below) only
/// across the profile's sections, where elevation is interpolated; elsewhere the line has a gap.
struct ProfileLine {
    private typealias Run = [(km: Double, m: Double)]
    private let profile: ElevationProfile
    private let scale: ProfileScale
    private let runs: [Run]

    init(_ profile: ElevationProfile, scale: ProfileScale) {
        self.profile = profile
        self.scale = scale
        runs = Self.runs(profile.sections, scale: scale)
    }

    /// The shaded ground under each joined run (drawn first, so marks can lie over it).
    var ground: SVGElement {
        var group = SVGElement("g", ["id": "ground", "fill": "#e9dfc9", "stroke": "none"])
        let base = PixelNumber.text(scale.frame.maxY)
        for run in runs {
            group.append(SVGElement("path", [
                "class": "ground",
                "d": "M" + PixelNumber.text(scale.x(run[0].km)) + " " + base + " L" + points(run).joined(separator: " L")
                    + " L" + PixelNumber.text(scale.x(run[run.count - 1].km)) + " " + base + " Z",
            ]))
        }
        return group
    }

    /// The lines, the sample points and their heights; a height label that would overlap another label
    /// or point is moved below its point, or left out (the point's tooltip still gives it).
    var line: SVGElement {
        var group = SVGElement("g", ["id": "elevation"])
        for run in runs {
            group.append(SVGElement("path", [
                "class": "profile-line", "d": "M" + points(run).joined(separator: " L"),
                "fill": "none", "stroke": "#7a5a2f", "stroke-width": "2.5", "stroke-linejoin": "round",
            ]))
        }
        let shown = profile.samples.filter { scale.shows($0.chainageKm) }
        let dots = shown.map { PixelRect(x: scale.x($0.chainageKm) - 4.5, y: scale.y($0.elevationM) - 4.5, width: 9, height: 9) }
        var placed: [PixelRect] = []
        for (index, sample) in shown.enumerated() {
            let x = scale.x(sample.chainageKm), y = scale.y(sample.elevationM)
            let text = PixelNumber.fixed(sample.elevationM, decimals: 0) + " m"
            group.append(SVGElement("circle", [
                "class": "sample", "data-station": sample.station,
                "cx": PixelNumber.text(x), "cy": PixelNumber.text(y), "r": "4.5",
                "fill": "#7a5a2f", "stroke": "#ffffff", "stroke-width": "1.5",
            ], children: [.element(SVGElement("title", text: "\(sample.station): \(text)"))]))
            let width = TextMetrics.width(text, fontSize: 11)
            let left = min(max(x - width / 2, scale.frame.x + 3), scale.frame.maxX - width)
            let spots = [PixelRect(x: left, y: y - 20, width: width, height: 12), PixelRect(x: left, y: y + 8, width: width, height: 12)]
            let obstacles = placed + dots.enumerated().filter { $0.offset != index }.map(\.element)
            guard let spot = spots.first(where: { spot in !obstacles.contains { $0.intersects(spot) } }) else { continue }
            placed.append(spot)
            group.append(SVGElement("text", [
                "class": "sample-label", "x": PixelNumber.text(spot.x), "y": PixelNumber.text(spot.maxY - 2),
                "font-size": "11", "fill": "#4a3519", "stroke": "#ffffff", "stroke-width": "3", "paint-order": "stroke",
            ], text: text))
        }
        return group
    }

    private func points(_ run: Run) -> [String] {
        run.map { PixelNumber.text(scale.x($0.km)) + " " + PixelNumber.text(scale.y($0.m)) }
    }

    /// Connected runs of (km, m) points: consecutive sections sharing an end join into one run;
    /// sections are clipped to the chart's range by linear interpolation.
    private static func runs(_ sections: [ElevationProfile.Section], scale: ProfileScale) -> [Run] {
        var runs: [Run] = []
        var previousEnd: Double?
        for section in sections {
            guard let shown = scale.clip(section.from.chainageKm, section.to.chainageKm), shown.upperBound > shown.lowerBound else {
                continue
            }
            let height = { (km: Double) in section.from.elevationM + section.perMille * (km - section.from.chainageKm) }
            let start = (km: shown.lowerBound, m: height(shown.lowerBound)), end = (km: shown.upperBound, m: height(shown.upperBound))
            if let previousEnd, previousEnd == section.from.chainageKm, !runs.isEmpty {
                runs[runs.count - 1].append(end)
            } else {
                runs.append([start, end])
            }
            previousEnd = section.to.chainageKm
        }
        return runs
    }
}
