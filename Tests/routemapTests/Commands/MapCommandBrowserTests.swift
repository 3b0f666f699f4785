import Foundation
import Testing

/// The page in a real browser: headless Chromium loads `routemap map`'s page from `file://` with every
/// host name unresolvable, and the test reads back what it drew (the page's summary element, Leaflet's
/// SVG paths, the legend and layer switcher) and that nothing failed: no console message, no script or
/// resource error, no resource fetched. Then a screenshot, decoded by GDAL, must not be blank.
/// Scripts/test installs chromium and gdal-bin, so in CI a missing browser is a failure, not a skip.
@Suite(.serialized) struct MapCommandBrowserTests {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-map-browser")

    /// The shipped incident's page, written once.
    static func page() throws -> (url: URL, data: [String: Any]) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("map.html")
        let r = try RoutemapBinary.run(["map", "--incident", shippedIncident, "--out", page.path])
        try #require(r.status == 3, "\(r.stderr)")
        return (page, try MapCommandTests.pageData(try String(contentsOf: page, encoding: .utf8)))
    }

    static func attribute(_ name: String, in dom: String) -> String? {
        guard let tag = dom.range(of: #"<div id="routemap-summary"[^>]*>"#, options: .regularExpression),
              let value = dom[tag].range(of: #"\#(name)="[^"]*""#, options: .regularExpression) else { return nil }
        return String(dom[tag][value].dropFirst(name.count + 2).dropLast())
    }

    static func count(_ pattern: String, in text: String) -> Int {
        (try? NSRegularExpression(pattern: pattern).numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))) ?? 0
    }

    @Test(.enabled(if: HeadlessChromium.shouldRun, "chromium is not installed (set CI to make this a failure)"))
    func chromiumDrawsEveryFeatureWithoutErrors() throws {
        let (page, data) = try Self.page()
        let layers = MapCommandTests.layers(data)
        let features = layers.reduce(0) { $0 + (($1.collection["features"] as? [Any])?.count ?? 0) }
        let legendRows = ((data["meta"] as? [String: Any])?["legend"] as? [Any])?.count ?? -1
        #expect(features == expectedLayers.reduce(0) { $0 + $1.count })

        let r = try HeadlessChromium.dumpDOM(page)
        try #require(r.status == 0 && Self.attribute("data-ready", in: r.stdout) == "true", "the page's script did not finish: \(r.log.suffix(2000))")
        #expect(Self.attribute("data-layers", in: r.stdout) == String(layers.count))
        #expect(Self.attribute("data-features", in: r.stdout) == String(features))
        #expect(Self.attribute("data-drawn", in: r.stdout) == String(features))
        #expect(Self.attribute("data-errors", in: r.stdout) == "0")
        #expect(Self.attribute("data-resources", in: r.stdout) == "0", "the page fetched something")
        #expect(r.stdout.contains(#"<ul id="routemap-errors" hidden=""></ul>"#))
        #expect(r.consoleLines.isEmpty, "console: \(r.consoleLines)")
        // What Leaflet put in the DOM (scripts and stylesheets left out): one SVG path per feature (every
        // geometry here is single-part), one legend row per colour, a switcher entry per layer plus the
        // two basemap choices, a scale bar, and no basemap tile until it is switched on.
        let drawn = r.stdout.replacingOccurrences(of: #"<(script|style)[^>]*>[\s\S]*?</\1>"#, with: "", options: .regularExpression)
        #expect(Self.count(#"<path class="leaflet-interactive""#, in: drawn) == features)
        #expect(Self.count(#"class="routemap-legend-row""#, in: drawn) == legendRows)
        #expect(Self.count(#"class="leaflet-control-layers-selector""#, in: drawn) == layers.count + 2)
        #expect(drawn.contains("OpenStreetMap tiles (online)") && drawn.contains("leaflet-control-scale-line"))
        #expect(!drawn.contains("<img"), "no basemap tile until switched on")
    }

    @Test(.enabled(if: HeadlessChromium.shouldRun, "chromium is not installed (set CI to make this a failure)"))
    func screenshotIsNotBlank() throws {
        let (page, _) = try Self.page()
        let png = Self.folder.appendingPathComponent("map.png")
        try? FileManager.default.removeItem(at: png)
        let r = try HeadlessChromium.screenshot(page, to: png, window: (1280, 900))
        #expect(r.status == 0, "\(r.log.suffix(2000))")
        let histogram = try PNGHistogram(png)
        #expect(histogram.width == 1280 && histogram.height == 900)
        #expect(histogram.bands.count >= 3)
        for band in histogram.bands.prefix(3) {
            // A blank page is one level (the background); the drawn map uses many, and no level covers
            // more than three quarters of the picture.
            #expect(band.levelsUsed >= 64, "\(band)")
            #expect(band.commonestShare < 0.75, "\(band)")
        }
    }
}
