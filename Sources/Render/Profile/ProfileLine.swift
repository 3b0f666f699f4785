import RouteModel

/// The elevation line: sourced station heights as points, joined (with the ground shaded below) only
/// across the profile's sections, where elevation is interpolated; elsewhere the line has a gap.
enum ProfileLine {
    static func draw(_ profile: ElevationProfile, scale: ProfileScale) -> SVGElement {
        var group = SVGElement("g", ["id": "elevation"])
        for run in runs(profile.sections, scale: scale) {
            let points = run.map { PixelNumber.text(scale.x($0.km)) + " " + PixelNumber.text(scale.y($0.m)) }
            let base = PixelNumber.text(scale.frame.maxY)
            group.append(SVGElement("path", [
                "class": "ground",
                "d": "M" + PixelNumber.text(scale.x(run[0].km)) + " " + base + " L" + points.joined(separator: " L")
                    + " L" + PixelNumber.text(scale.x(run[run.count - 1].km)) + " " + base + " Z",
                "fill": "#e9dfc9", "stroke": "none",
            ]))
            group.append(SVGElement("path", [
                "class": "profile-line", "d": "M" + points.joined(separator: " L"),
                "fill": "none", "stroke": "#7a5a2f", "stroke-width": "2.5", "stroke-linejoin": "round",
            ]))
        }
        for sample in profile.samples where scale.shows(sample.chainageKm) {
            let x = scale.x(sample.chainageKm), y = scale.y(sample.elevationM)
            let text = PixelNumber.fixed(sample.elevationM, decimals: 0) + " m"
            group.append(SVGElement("circle", [
                "class": "sample", "data-station": sample.station,
                "cx": PixelNumber.text(x), "cy": PixelNumber.text(y), "r": "4.5",
                "fill": "#7a5a2f", "stroke": "#ffffff", "stroke-width": "1.5",
            ], children: [.element(SVGElement("title", text: "\(sample.station): \(text)"))]))
            group.append(SVGElement("text", [
                "class": "sample-label", "x": PixelNumber.text(x), "y": PixelNumber.text(y - 9),
                "text-anchor": "middle", "font-size": "11", "fill": "#4a3519",
                "stroke": "#ffffff", "stroke-width": "3", "paint-order": "stroke",
            ], text: text))
        }
        return group
    }

    /// Connected runs of (km, m) points: consecutive sections sharing an end join into one run;
    /// sections are clipped to the chart's range by linear interpolation.
    private static func runs(_ sections: [ElevationProfile.Section], scale: ProfileScale) -> [[(km: Double, m: Double)]] {
        var runs: [[(km: Double, m: Double)]] = []
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
