import RouteMapTestSupport
import Foundation
import GeoEngines
import GeoJSON
import Render
import Testing
import TextFormats

@Suite struct SVGMapTests {
    static let quetta = Position(longitude: 67.0007561, latitude: 30.1916268)
    static let sibi = Position(longitude: 67.8698, latitude: 29.5476)

    static func point(_ p: Position, _ properties: JSONObject = [:]) -> Feature {
        Feature(geometry: .point(p), properties: properties)
    }

    @Test func outputIsWellFormedAndDeterministic() throws {
        let layers = RouteLayers.all(ShippedRoute.route)
        let map = SVGMap(title: "Jaffar Express")
        let svg = map.render(layers)
        let root = try parseSVG(svg)
        #expect(root.name == "svg")
        #expect(root["width"] == "1200" && root["height"] == "900")
        #expect(svg == map.render(layers))
    }

    @Test func onePointCirclePerPointFeature() throws {
        let points = (0..<7).map { i in Self.point(Position(longitude: 67 + Double(i) * 0.1, latitude: 30)) }
        let multi = Feature(geometry: .multiPoint([[67.05, 30.1], [67.15, 30.1]]))
        let svg = SVGMap(title: "points").render([("points", FeatureCollection(features: points + [multi]))])
        let layer = try #require(try parseSVG(svg).all.first { $0["data-layer"] == "points" && $0["class"] == "layer" })
        #expect(layer.elements("circle").count == 9)
    }

    @Test func onePathPerLineOrPolygonFeature() throws {
        let features = [
            Feature(geometry: .lineString([[67, 30], [67.5, 29.8], [67.9, 29.5]])),
            Feature(geometry: .multiLineString([[[67, 29], [67.2, 29.2]], [[67.3, 29.3], [67.4, 29.5]]])),
            Feature(geometry: .polygon([
                [[66.9, 29.0], [67.6, 29.0], [67.6, 29.6], [66.9, 29.6], [66.9, 29.0]],
                [[67.1, 29.2], [67.1, 29.4], [67.3, 29.4], [67.3, 29.2], [67.1, 29.2]],
            ])),
            Feature(geometry: nil),
        ]
        let root = try parseSVG(SVGMap(title: "shapes").render([("shapes", FeatureCollection(features: features))]))
        let layer = try #require(root.all.first { $0["data-layer"] == "shapes" })
        let paths = layer.elements("path")
        #expect(paths.count == 3)
        #expect(paths[1]["d"]?.filter { $0 == "M" }.count == 2)
        let polygon = paths[2]
        #expect(polygon["fill-rule"] == "evenodd")
        #expect(polygon["d"]?.filter { $0 == "M" }.count == 2)
        #expect(polygon["d"]?.filter { $0 == "Z" }.count == 2)
        #expect(paths[0]["fill"] == "none")
    }

    @Test func simplestyleProperties() throws {
        let features = [
            Feature(geometry: .lineString([[67, 30], [67.5, 29.8]]), properties: [
                "stroke": "#FF0000", "stroke-width": 4, "stroke-opacity": 0.5,
            ]),
            Feature(geometry: .lineString([[67, 29.5], [67.5, 29.4]]), properties: ["stroke": "red; fill: url(x)"]),
            Feature(geometry: .polygon([[[67, 29], [67.3, 29], [67.3, 29.2], [67, 29]]]), properties: ["fill": "#0a0", "fill-opacity": 2]),
            Self.point([67.2, 29.7], ["marker-color": "#123456", "marker-size": "large", "marker-symbol": "8"]),
            Self.point([67.4, 29.7]),
        ]
        let root = try parseSVG(SVGMap(title: "styles").render([("styles", FeatureCollection(features: features))]))
        let layer = try #require(root.all.first { $0["data-layer"] == "styles" })
        let paths = layer.elements("path"), circles = layer.elements("circle")
        #expect(paths[0]["stroke"] == "#ff0000" && paths[0]["stroke-width"] == "4.0" && paths[0]["stroke-opacity"] == "0.50")
        #expect(paths[1]["stroke"] == "#555555" && paths[1]["stroke-width"] == "2.0")
        #expect(paths[2]["fill"] == "#0a0" && paths[2]["fill-opacity"] == "1.00")
        #expect(circles[0]["fill"] == "#123456" && circles[0]["r"] == "9.0")
        #expect(circles[1]["fill"] == "#7e7e7e" && circles[1]["r"] == "6.0")
        #expect(layer.elements("text").map(\.allText) == ["8"])
    }

    @Test func quettaLandsOnTheMercatorPixel() throws {
        let bounds = MapBounds(west: 66.5, south: 29.0, east: 68.5, north: 30.5)
        let map = SVGMap(title: "fit", width: 1000, height: 700, bounds: bounds)
        let root = try parseSVG(map.render([("q", FeatureCollection(features: [Self.point(Self.quetta)]))]))
        let circle = try #require(root.all.first { $0["data-layer"] == "q" }?.elements("circle").first)
        let expected = MercatorExpectation(frame: map.mapFrame, west: 66.5, south: 29.0, east: 68.5, north: 30.5)
            .pixel(lon: Self.quetta.longitude, lat: Self.quetta.latitude)
        #expect(abs(try #require(circle.number("cx")) - expected.x) <= 0.051)
        #expect(abs(try #require(circle.number("cy")) - expected.y) <= 0.051)
    }

    @Test func extentFitPutsTheExtremesOnTheFrame() throws {
        let map = SVGMap(title: "extent")
        let root = try parseSVG(map.render([("two", FeatureCollection(features: [Self.point(Self.quetta), Self.point(Self.sibi)]))]))
        let circles = try #require(root.all.first { $0["data-layer"] == "two" }).elements("circle")
        #expect(circles.count == 2)
        let expectation = MercatorExpectation(frame: map.mapFrame, west: Self.quetta.longitude, south: Self.sibi.latitude,
                                              east: Self.sibi.longitude, north: Self.quetta.latitude)
        for (circle, p) in zip(circles, [Self.quetta, Self.sibi]) {
            let expected = expectation.pixel(lon: p.longitude, lat: p.latitude)
            #expect(abs(try #require(circle.number("cx")) - expected.x) <= 0.051)
            #expect(abs(try #require(circle.number("cy")) - expected.y) <= 0.051)
        }
        // The box is taller than the frame's shape allows, so Quetta touches the frame's top edge.
        #expect(abs(try #require(circles.first?.number("cy")) - map.mapFrame.y) <= 0.051)
    }

    @Test(arguments: [
        MapBounds(west: 66.5, south: 29.0, east: 68.5, north: 30.5),
        MapBounds(west: 60, south: 24, east: 75, north: 37),
        MapBounds.around(GeoPoint(lon: 67.73, lat: 29.56), radiusKm: 5),
    ])
    func scaleBarMatchesTheGeodesicAtTheCentre(_ bounds: MapBounds) throws {
        let map = SVGMap(title: "scale", bounds: bounds)
        let root = try parseSVG(map.render([]))
        let bar = try #require(root.element(id: "scale-bar"))
        let km = try #require(bar.number("data-km")), width = try #require(bar.number("data-width"))
        let drawn = bar.elements("rect").dropFirst().compactMap { $0.number("width") }.reduce(0, +)
        #expect(abs(drawn - width) <= 0.2)
        #expect(bar.elements("text").last?.allText.hasSuffix(" km") == true)
        // Independently: the bar's pixels as a longitude span through the centre, measured on WGS84.
        let expectation = MercatorExpectation(frame: map.mapFrame, west: bounds.west, south: bounds.south,
                                              east: bounds.east, north: bounds.north)
        let lonSpan = width / expectation.scale / MercatorExpectation.r * 180 / .pi
        let lat = expectation.centreLatitude, lon = (bounds.west + bounds.east) / 2
        let metres = Geodesic.wgs84.distance(GeoPoint(lon: lon - lonSpan / 2, lat: lat), GeoPoint(lon: lon + lonSpan / 2, lat: lat))
        #expect(abs(metres / 1000 - km) / km < 0.02)
        #expect(width > 60 && width <= 180)
    }

    @Test func titledPointsAreLabelledAndEscaped() throws {
        let title = "Tunnel <No. 8> & \"Mashkaf\" 'gorge'"
        let features = [
            Self.point(Self.quetta, ["title": .string(title)]),
            Self.point(Self.sibi, ["name": "Sibi"]),
            Self.point([68.5, 29.0]),
        ]
        let svg = SVGMap(title: "A & B <map>").render([("Points & <more>", FeatureCollection(features: features))])
        #expect(!svg.contains("<No. 8>") && !svg.contains("A & B") && !svg.contains("Points & <more>"))
        #expect(svg.contains("Tunnel &lt;No. 8&gt; &amp;"))
        let root = try parseSVG(svg)
        let labels = try #require(root.element(id: "labels")).elements("text").map(\.allText)
        #expect(labels.sorted() == ["Sibi", title].sorted())
        #expect(root.elements("title").map(\.allText).contains(title))
        #expect(root.elements("text").map(\.allText).contains("A & B <map>"))
        #expect(root.all.contains { $0["data-layer"] == "Points & <more>" })
    }

    @Test func overlappingLabelsAreSkippedByPriority() throws {
        let here = Position(longitude: 67.5, latitude: 29.8)
        let features = (0..<10).map { i in
            Self.point(here, ["title": .string("label \(i)"), "label_priority": i == 9 ? 10 : 0])
        } + [Self.point([67, 29.5]), Self.point([68, 30.1])]
        let root = try parseSVG(SVGMap(title: "collisions").render([("crowd", FeatureCollection(features: features))]))
        let labels = try #require(root.element(id: "labels")).elements("text")
        // The four straight spots around the shared point (the diagonals overlap them): the priority
        // label first, then feature order.
        #expect(labels.map(\.allText) == ["label 9", "label 0", "label 1", "label 2"])
    }

    @Test func labelsCoverOnlyLessImportantMarkers() throws {
        // A closed ring of markers around `a`: every spot for its label crosses one of them, so `a` is
        // labelled only when it outranks them.
        let a = Position(longitude: 67.5, latitude: 29.8)
        let ring = (0..<24).map { i in
            let angle = Double(i) * .pi / 12
            return Self.point(Position(longitude: 67.5 + 0.015 * cos(angle), latitude: 29.8 + 0.015 * sin(angle)))
        }
        let frame = [Self.point([67.3, 29.6]), Self.point([67.7, 30.0])]
        for (priority, labelled) in [(0.0, false), (1.0, true)] {
            let features = [Self.point(a, ["title": "an important station", "label_priority": .number(priority)])] + ring + frame
            let root = try parseSVG(SVGMap(title: "markers", width: 600, height: 500).render([("p", FeatureCollection(features: features))]))
            #expect(try #require(root.element(id: "labels")).elements("text").isEmpty != labelled)
        }
    }

    @Test func laterLayersWinLabelTies() throws {
        let here = Position(longitude: 67.5, latitude: 29.8)
        let crowd = FeatureCollection(features: (0..<8).map { Self.point(here, ["title": .string("under \($0)")]) })
        let top = FeatureCollection(features: [Self.point(here, ["title": "on top"])])
        let root = try parseSVG(SVGMap(title: "layers").render([("crowd", crowd), ("top", top),
                                                                 ("frame", FeatureCollection(features: [Self.point([67, 29.5]), Self.point([68, 30.1])]))]))
        let labels = try #require(root.element(id: "labels")).elements("text").map(\.allText)
        #expect(labels == ["on top", "under 0", "under 1", "under 2"])
    }

    @Test func furniture() throws {
        let layers = RouteLayers.all(ShippedRoute.route)
        let root = try parseSVG(SVGMap(title: "Jaffar Express: Quetta – Peshawar Cantt").render(layers))
        let legend = try #require(root.element(id: "legend"))
        #expect(legend.elements("g", class: "legend-item").map { $0["data-layer"] } == layers.map(\.name))
        #expect(root.element(id: "north-arrow") != nil)
        #expect(root.elements("text").map(\.allText).contains("© OpenStreetMap contributors (ODbL) · routemap"))
        #expect(root.elements("title").first?.allText == "Jaffar Express: Quetta – Peshawar Cantt")
    }

    /// Every colour drawn has its legend row: features are grouped by their `legend` property, so green
    /// hospitals and blue stations in one layer get one row each, with their own swatch colour.
    @Test func legendHasARowForEveryColourDrawn() throws {
        let relief = FeatureCollection(features: [
            Self.point([67.0, 29.5], ["marker-color": "#1565c0", "legend": "relief: rail station"]),
            Self.point([67.2, 29.6], ["marker-color": "#2e7d32", "legend": "relief: hospital"]),
            Self.point([67.3, 29.7], ["marker-color": "#2e7d32", "legend": "relief: hospital"]),
        ])
        let plain = FeatureCollection(features: [Self.point([67.1, 29.4], ["marker-color": "#d32f2f"])])
        let root = try parseSVG(SVGMap(title: "legend").render([("relief", relief), ("incident", plain)]))
        let rows = try #require(root.element(id: "legend")).elements("g", class: "legend-item")
        #expect(rows.map { $0.elements("text").map(\.allText).joined() } == ["relief: rail station", "relief: hospital", "incident"])
        #expect(rows.map { $0.elements("circle").first?["fill"] } == ["#1565c0", "#2e7d32", "#d32f2f"])
    }

    @Test func zoomedMapLeavesOutPointsOutsideTheView() throws {
        let route = ShippedRoute.route
        let bounds = MapBounds.around(route.line.point(atChainage: 113), radiusKm: 30)
        let root = try parseSVG(SVGMap(title: "zoom", bounds: bounds).render([("Stations", RouteLayers.stations(route))]))
        let layer = try #require(root.all.first { $0["data-layer"] == "Stations" })
        let count = layer.elements("circle").count
        #expect(count > 2 && count < 20)
        #expect(root.element(id: "labels")?.elements("text").map(\.allText).contains("Mushkaf") == true)
    }

    @Test func singlePointIsCentredOnA2KmView() throws {
        let map = SVGMap(title: "one")
        let root = try parseSVG(map.render([("one", FeatureCollection(features: [Self.point(Self.quetta)]))]))
        let circle = try #require(root.all.first { $0["data-layer"] == "one" }?.elements("circle").first)
        #expect(abs(try #require(circle.number("cx")) - map.mapFrame.midX) <= 0.051)
        #expect(abs(try #require(circle.number("cy")) - map.mapFrame.midY) <= 0.051)
        let km = try #require(root.element(id: "scale-bar")?.number("data-km"))
        #expect(km >= 0.1 && km <= 1)
    }

    @Test func emptyMapSaysSo() throws {
        let root = try parseSVG(SVGMap(title: "empty").render([("nothing", FeatureCollection())]))
        #expect(root.elements("text").map(\.allText).contains("No features to draw"))
        #expect(root.element(id: "scale-bar") == nil)
    }
}

@Suite struct MapBoundsTests {
    @Test func extentSkipsInvalidPositions() throws {
        let collection = FeatureCollection(features: [
            Feature(geometry: .lineString([[67, 29.5], [68, 30.2]])),
            Feature(geometry: .point(Position(longitude: 200, latitude: 95))),
            Feature(geometry: .geometryCollection([.point([66.5, 29.9])])),
        ])
        let bounds = try #require(MapBounds(extentOf: [collection, FeatureCollection()]))
        #expect(bounds == MapBounds(west: 66.5, south: 29.5, east: 68, north: 30.2))
        #expect(MapBounds(extentOf: [FeatureCollection()]) == nil)
        let padded = bounds.padded(byFraction: 0.1)
        #expect(abs(padded.west - 66.35) < 1e-9 && abs(padded.north - 30.27) < 1e-9)
    }

    @Test func aroundReachesTheRadiusGeodesically() {
        let centre = GeoPoint(lon: 67.73, lat: 29.56)
        let bounds = MapBounds.around(centre, radiusKm: 10)
        let north = Geodesic.wgs84.distance(centre, GeoPoint(lon: centre.lon, lat: bounds.north))
        let east = Geodesic.wgs84.distance(centre, GeoPoint(lon: bounds.east, lat: centre.lat))
        #expect(abs(north - 10_000) < 1 && abs(east - 10_000) < 20)
    }
}
