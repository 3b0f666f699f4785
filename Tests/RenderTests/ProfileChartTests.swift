import RouteMapTestSupport
import Render
import RouteModel
import Testing

@Suite struct ProfileChartTests {
    static let route = ShippedRoute.route
    static let hijacking = ProfileIncident(label: "Hijacking, 11 Mar 2025", fromKm: 101, toKm: 125, bestKm: 113)

    static func xPixel(_ km: Double, chart: ProfileChart, range: ClosedRange<Double>, route: Route = route) -> Double {
        let frame = chart.plotFrame(for: route)
        return frame.x + (km - range.lowerBound) / (range.upperBound - range.lowerBound) * frame.width
    }

    @Test func defaultRangeIsTheStretchWithHeights() {
        #expect(ProfileChart.defaultRange(for: Self.route) == 0...141)
        #expect(ProfileChart(rangeKm: 100...5000).shownRange(for: Self.route) == 100...Self.route.lengthKm)
    }

    @Test func stationsAndSourcedHeights() throws {
        let root = try parseSVG(ProfileChart().render(Self.route))
        let samples = root.elements("circle", class: "sample")
        #expect(samples.count == Self.route.profile.samples.filter { $0.chainageKm <= 141 }.count)
        #expect(samples.count == 9)
        let ticks = root.elements("line", class: "station")
        #expect(ticks.count == Self.route.stations.filter { $0.chainageKm <= 141 }.count)
        let names = root.elements("text", class: "station-name").map(\.allText)
        #expect(["Quetta", "Kolpur", "Mach", "Mushkaf", "Sibi"].allSatisfy(names.contains))
        let kolpur = try #require(samples.first { $0["data-station"] == "Kolpur" }?.number("cy"))
        let sibi = try #require(samples.first { $0["data-station"] == "Sibi" }?.number("cy"))
        #expect(kolpur < sibi - 100)
        #expect(root.elements("path", class: "profile-line").count == 1)
    }

    @Test func gapsStayGaps() throws {
        let root = try parseSVG(ProfileChart(rangeKm: 0...1500).render(Self.route))
        #expect(root.elements("circle", class: "sample").count == 11)
        // Quetta–Sibi and Rawalpindi–Golra Sharif are joined; Sibi to Rawalpindi (1,319 km) is not.
        #expect(root.elements("path", class: "profile-line").count == 2)
    }

    @Test func tunnelsAreBands() throws {
        let root = try parseSVG(ProfileChart().render(Self.route))
        let bands = root.elements("rect", class: "tunnel")
        #expect(bands.count == Self.route.tunnels.filter { $0.fromKm <= 141 }.count)
        #expect(bands.count == 5)
        let uncertain = bands.filter { $0["data-certainty"] == "uncertain" }
        #expect(uncertain.count == 2 && uncertain.allSatisfy { $0["fill"] == "url(#tunnel-hatch)" })
        let tunnel8 = try #require(bands.first { $0["data-tunnel"] == "T-8" })
        let chart = ProfileChart()
        #expect(abs(try #require(tunnel8.number("x")) - Self.xPixel(101, chart: chart, range: 0...141)) <= 0.051)
        #expect(root.element(id: "tunnel-hatch") != nil)
    }

    @Test func incidentBandAndBestChainage() throws {
        let chart = ProfileChart(incident: Self.hijacking)
        let root = try parseSVG(chart.render(Self.route))
        let band = try #require(root.elements("rect", class: "incident-band").first)
        let left = Self.xPixel(101, chart: chart, range: 0...141), right = Self.xPixel(125, chart: chart, range: 0...141)
        #expect(abs(try #require(band.number("x")) - left) <= 0.051)
        #expect(abs(try #require(band.number("width")) - (right - left)) <= 0.11)
        let best = try #require(root.elements("line", class: "incident-best").first)
        #expect(abs(try #require(best.number("x1")) - Self.xPixel(113, chart: chart, range: 0...141)) <= 0.051)
        let label = try #require(root.elements("text", class: "incident-label").first).allText
        #expect(label.contains("Hijacking, 11 Mar 2025") && label.contains("101–125") && label.contains("113"))
    }

    @Test(arguments: [95.0...130.0, 100.0...110.0, 0.0...1700.0])
    func lineStaysInsideThePlot(_ range: ClosedRange<Double>) throws {
        let chart = ProfileChart(rangeKm: range, incident: Self.hijacking)
        let frame = chart.plotFrame(for: Self.route)
        let root = try parseSVG(chart.render(Self.route))
        let lines = root.elements("path", class: "profile-line")
        #expect(!lines.isEmpty)
        for line in lines {
            let numbers = try #require(line["d"]).split(whereSeparator: { "ML ".contains($0) }).compactMap { Double($0) }
            let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
            #expect(ys.allSatisfy { $0 >= frame.y - 0.05 && $0 <= frame.maxY + 0.05 })
        }
        #expect(root.elements("text", class: "incident-label").count == 1)
    }

    @Test func wholeRouteNamesDoNotCollide() throws {
        let chart = ProfileChart(rangeKm: 0...Self.route.lengthKm)
        let frame = chart.plotFrame(for: Self.route)
        let root = try parseSVG(chart.render(Self.route))
        let xs = root.elements("text", class: "station-name").compactMap { $0.number("x") }.sorted()
        #expect(xs.count > 20 && xs.count < Self.route.stations.count)
        #expect(zip(xs, xs.dropFirst()).allSatisfy { $1 - $0 >= 17 })
        #expect(frame.height >= 150)
        // Each height label is placed at most once and never on top of another.
        let labels = root.elements("text", class: "sample-label")
        #expect(labels.count <= 11 && labels.count >= 8)
    }

    @Test func noIncidentNoMarks() throws {
        let root = try parseSVG(ProfileChart().render(Self.route))
        #expect(root.elements("rect", class: "incident-band").isEmpty)
        #expect(root.element(id: "incident") == nil)
    }

    @Test func rulingGradientLabel() throws {
        let chart = ProfileChart()
        let root = try parseSVG(chart.render(Self.route))
        let ruling = try #require(root.elements("text", class: "ruling").first)
        #expect(ruling.allText.contains("1 in 25"))
        let x = try #require(ruling.number("x"))
        #expect(x > Self.xPixel(41, chart: chart, range: 0...141) && x < Self.xPixel(78, chart: chart, range: 0...141))
    }

    @Test func axesTitleAndCaption() throws {
        let svg = ProfileChart().render(Self.route)
        let root = try parseSVG(svg)
        #expect(root.elements("title").first?.allText == "Elevation profile: Quetta – Sibi")
        let ticks = root.elements("text", class: "x-tick").map(\.allText)
        #expect(ticks.first == "0" && ticks.contains("140"))
        #expect(root.elements("text", class: "y-tick").map(\.allText).contains("1000"))
        let texts = root.elements("text").map(\.allText)
        #expect(texts.contains { $0.contains("elevation") && $0.contains(", m") })
        #expect(texts.contains { $0.contains("chainage, km") })
        let caption = try #require(root.element(id: "caption")).allText
        #expect(caption.contains("11 stations") && caption.contains("±0.5 km"))
        #expect(svg == ProfileChart().render(Self.route))
    }
}
