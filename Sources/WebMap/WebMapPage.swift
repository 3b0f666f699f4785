import GeoJSON
import Render
import ShippedLeaflet

/// A map page anyone can open: one self-contained HTML file showing GeoJSON layers with Leaflet
/// (inlined, so nothing is fetched from disk or network to open it).
///
/// Every layer is drawn in its simplestyle-spec colours (`stroke`, `stroke-width`, `stroke-opacity`,
/// `fill`, `fill-opacity`, `marker-color`, `marker-size`) and listed in a layer switcher; clicking a
/// feature opens a popup with its properties; a legend shows one row per ``LegendEntry`` (every colour
/// drawn), with a metric scale bar, a panel with the title and facts (date, interval…) and the
/// attribution. An OpenStreetMap tile basemap can be switched on; it is off by default, and no tile is
/// requested until it is.
///
/// The page reports what it drew in a hidden element `#routemap-summary` (data attributes `layers`,
/// `features`, `drawn`, `legend-rows`, `errors`, `resources`) and lists script errors in
/// `#routemap-errors`, so a browser test can read them back from the DOM.
public struct WebMapPage: Sendable {
    /// One line of the page's information panel.
    public struct Fact: Sendable, Equatable {
        /// What the value is, e.g. "Date".
        public var label: String
        /// The value as shown.
        public var value: String

        /// A fact from its label and value.
        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    /// The OpenStreetMap tile server used by the optional basemap.
    public static let tileURL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    /// The attribution line every page carries (the basemap adds its own when switched on).
    public static let attribution = "Station positions © OpenStreetMap contributors (ODbL); other figures: GeoData/SOURCES.md · routemap"

    /// The page title, shown in the panel and the browser tab.
    public var title: String
    /// Lines of the information panel, in order.
    public var facts: [Fact]
    /// The box shown when the page opens; `nil` fits every layer.
    public var focus: MapBounds?
    /// The data credit shown in the map's corner.
    public var attribution: String

    /// A page description; nothing is written until ``render(_:)``.
    public init(title: String, facts: [Fact] = [], focus: MapBounds? = nil, attribution: String = WebMapPage.attribution) {
        self.title = title
        self.facts = facts
        self.focus = focus
        self.attribution = attribution
    }

    /// The page as HTML text.
    /// - Throws: ``GeoJSONWriteError`` when a feature cannot be written as GeoJSON (a non-finite coordinate…).
    public func render(_ layers: [(name: String, collection: FeatureCollection)]) throws -> String {
        let data = try PageData(page: self, layers: layers).scriptText()
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="routemap">
        <title>\(HTMLText.escape(title))</title>
        <script>\(PageScript.errorHook)</script>
        <style>
        /* \(ShippedLeaflet.copyright), BSD-2-Clause (see the licence at the end of the page) */
        \(ShippedLeaflet.stylesheet)
        </style>
        <style>\(PageStyle.css)</style>
        </head>
        <body>
        <div id="map" role="application" aria-label="\(HTMLText.escape(title))"></div>
        <div id="routemap-summary" hidden></div>
        <ul id="routemap-errors" hidden></ul>
        <script type="application/json" id="routemap-data">\(data)</script>
        <script>
        /* \(ShippedLeaflet.copyright); \(ShippedLeaflet.debianPackage) */
        \(ShippedLeaflet.script)
        </script>
        <script>\(PageScript.source)</script>
        <!--
        Leaflet \(ShippedLeaflet.version) (leafletjs.com), from Debian's \(ShippedLeaflet.debianPackage):
        \(HTMLText.comment(ShippedLeaflet.licence))
        -->
        </body>
        </html>

        """
    }
}
