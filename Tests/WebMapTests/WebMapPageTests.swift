import Foundation
import GeoJSON
import ShippedLeaflet
import Testing
import WebMap

/// The page's text: self-contained, its data readable by an independent JSON parser (Foundation's),
/// nothing in the data able to break out of its script element. The browser test (routemapTests'
/// MapCommandBrowserTests) checks what Chromium draws from it.
@Suite struct WebMapPageTests {
    static let layers: [(name: String, collection: FeatureCollection)] = [
        ("route", FeatureCollection(features: [
            Feature(geometry: .lineString([[67.0, 30.2], [67.5, 29.8]]),
                    properties: ["line": "ML-3", "stroke": "#333333", "stroke-width": 3, "legend": "ML-3 line"]),
        ])),
        ("relief", FeatureCollection(features: [
            Feature(geometry: .point([67.1, 30.0]),
                    properties: ["name": "</script><script>alert(1)</script>", "marker-color": "#2e7d32", "legend": "relief: hospital"]),
            Feature(geometry: .point([67.2, 30.1]),
                    properties: ["name": "Sibi", "marker-color": "#1565c0", "legend": "relief: rail station"]),
        ])),
    ]

    static func data(in html: String) throws -> [String: Any] {
        let open = #"<script type="application/json" id="routemap-data">"#
        let start = try #require(html.range(of: open))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = String(html[start.upperBound..<end.lowerBound])
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func dataCarriesEveryLayerAndTheLegend() throws {
        let html = try WebMapPage(title: "Test map", facts: [.init("Date", "2025-03-11")]).render(Self.layers)
        let data = try Self.data(in: html)
        let layers = try #require(data["layers"] as? [[String: Any]])
        #expect(layers.map { $0["name"] as? String } == ["route", "relief"])
        let relief = try #require(layers[1]["collection"] as? [String: Any])
        let features = try #require(relief["features"] as? [[String: Any]])
        let properties = try #require(features.first?["properties"] as? [String: Any])
        #expect(properties["name"] as? String == "</script><script>alert(1)</script>")
        let meta = try #require(data["meta"] as? [String: Any])
        let legend = try #require(meta["legend"] as? [[String: Any]])
        #expect(legend.map { $0["label"] as? String } == ["ML-3 line", "relief: hospital", "relief: rail station"])
        let facts = try #require(meta["facts"] as? [[String: String]])
        #expect(facts == [["label": "Date", "value": "2025-03-11"]])
    }

    @Test func nothingInTheDataClosesItsScriptElement() throws {
        let html = try WebMapPage(title: "<b>x</b>").render(Self.layers)
        #expect(html.components(separatedBy: "</script>").count - 1 == html.components(separatedBy: "<script").count - 1)
        #expect(!html.contains("<b>x</b>"))
        #expect(html.contains("<title>&lt;b&gt;x&lt;/b&gt;</title>"))
    }

    @Test func leafletIsInlinedAndNothingIsLoaded() throws {
        let html = try WebMapPage(title: "Test").render(Self.layers)
        #expect(html.contains(ShippedLeaflet.script))
        #expect(html.contains("Copyright (c) 2010-2019, Vladimir Agafonkin"))
        for pattern in [#"<script[^>]*\ssrc="#, #"<link[^>]*\shref="#, #"url\((?!data:|#default)"#, #"<img"#] {
            #expect(html.range(of: pattern, options: .regularExpression) == nil, "page loads something: \(pattern)")
        }
    }
}
