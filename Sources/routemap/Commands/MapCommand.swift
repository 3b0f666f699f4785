import ArgumentParser
import Foundation
import GeoEngines
import IncidentPipeline
import Layers
import Placement
import Render
import RouteModel
import WebMap

/// `routemap map --out map.html`: a self-contained HTML map page anyone can open, no GIS, no network.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Write one self-contained HTML map page (Leaflet inlined): every layer, popups, legend, scale bar.",
        discussion: """
        The page opens in any browser from a file, with no network: every layer in its simplestyle colours \
        with a layer switcher, a popup with each feature's properties, a legend of every colour drawn, a \
        metric scale bar, the incident's date, interval, cordons and distance lines, and the OpenStreetMap \
        (ODbL) attribution. An OpenStreetMap tile basemap can be switched on in the page; it is off by \
        default and nothing is fetched until it is. Leaflet (BSD-2-Clause, from Debian's libjs-leaflet) is \
        inside the binary. Written atomically. Exit 3 (after writing) when the incident was placed with \
        conflicting clues, which are named on stderr.
        Example: routemap map --incident GeoData/jaffar-express/incidents/JE-2025-03-11.json --out out/map.html
        Example: routemap map --clue 'tunnel=8' --clue 'near=Panir:3' --out map.html
        """)

    @Option(name: .long, help: ArgumentHelp("An incident file (GeoData/FORMAT.md) to place and map; - for stdin.", valueName: "file"))
    var incident: String?
    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("A clue, repeatable (as for place): tunnel=8, between=A,B, near=Sibi:1, km_post=ML-3:130, at=LON,LAT:M….", valueName: "kind=value"))
    var clue: [String] = []
    @Option(name: .long, help: ArgumentHelp("Where to write the page.", valueName: "map.html"))
    var out: String
    @Option(name: .long, help: ArgumentHelp("Comma-separated layers to show (default: every route layer, plus the incident layers with an incident).", valueName: "names"))
    var layers: String?
    @Option(name: .customLong("radius-km"), help: "Half-size of the first view around the incident, km.")
    var radiusKm: Double = 45
    @Flag(name: .customLong("whole-route"), help: "Open on the whole route even with an incident.")
    var wholeRoute = false

    @OptionGroup var route: RouteOptions
    @OptionGroup var relief: ReliefOptions
    @OptionGroup var offset: OffsetOptions

    func validate() throws {
        if out.isEmpty { throw ValidationError("--out: expected a file name such as map.html") }
        guard radiusKm.isFinite, radiusKm > 0, radiusKm <= 2000 else { throw ValidationError("--radius-km: \(radiusKm) is outside the valid range 0 … 2000") }
        if let layers {
            do { _ = try LayerName.parseList(layers) } catch { throw ValidationError("--layers: \(error)") }
        }
        for text in clue {
            do { _ = try Clue(commandLine: text) } catch { throw ValidationError("--clue: \(error)") }
        }
    }

    func run() throws {
        try OutputPaths.file(out, option: "--out")
        let pipeline = try CommandPipeline.make(route: route, relief: relief, offset: offset)
        let route = pipeline.route
        let placed = try loadIncident(pipeline)
        let names = try layers.map { try LayerName.parseList($0) }
            ?? LayerName.routeLayers + (placed == nil ? [] : LayerName.incidentLayers)
        if placed == nil, let missing = names.first(where: \.needsIncident) {
            throw CommandFailure.usage("--layers: layer '\(missing)' needs an incident (--incident FILE or --clue)")
        }
        let built = try pipeline.layers(names, incident: placed)
        let page = WebMapPage(title: MapPagePresenter.title(route: route, incident: placed?.layerInput),
                              facts: MapPagePresenter.facts(route: route, placed: placed),
                              focus: placed.flatMap { wholeRoute ? nil : MapBounds.around($0.layerInput.point, radiusKm: radiusKm) })
        let html: String
        do {
            html = try page.render(built.map { (name: $0.name.rawValue, collection: $0.collection) })
        } catch {
            throw CommandFailure(message: "\(out): the page cannot be written: \(error)", exitCode: 1)
        }
        try RenderCommand.write(html, to: out)
        try CommandPipeline.reportConflicts(placed)
    }

    /// The incident from `--incident` and/or `--clue`, placed and measured; nil without either.
    private func loadIncident(_ pipeline: IncidentPipeline) throws -> PlacedIncident? {
        guard incident != nil || !clue.isEmpty else { return nil }
        var loaded = try incident.map { try IncidentOptions.read($0) } ?? Incident(id: "command-line", clues: [])
        do {
            loaded.clues += try clue.map { try Clue(commandLine: $0) }
        } catch {
            throw CommandFailure.usage("--clue: \(error)")
        }
        return try CommandPipeline.place(loaded, in: pipeline, from: incident)
    }
}
