import ArgumentParser
import Foundation
import GeoEngines
import IncidentPipeline
import GeoJSON
import Layers
import Render
import RouteModel
import FileOutput

/// `routemap render --out map.svg --profile profile.svg`: pictures for people, with no GIS.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw an SVG map (route, stations, tunnels, terrain, incident with cordons, relief lines) and an elevation profile.",
        discussion: """
        The map is Web Mercator with a scale bar (true km at its centre), north arrow, legend and \
        attribution; with --incident it is zoomed on the incident (--radius-km) unless --whole-route. The \
        profile runs along chainage over the stretch with sourced heights (Quetta–Sibi for the shipped \
        route), with tunnels, ruling gradients and the incident's interval. No network is used. Files are \
        written atomically. Exit 3 (after writing) when the incident was placed with conflicting clues, \
        named on stderr.
        Example: routemap render --incident GeoData/jaffar-express/incidents/JE-2025-03-11.json --out out/map.svg --profile out/profile.svg
        """)

    @Option(name: .long, help: ArgumentHelp("An incident file (GeoData/FORMAT.md) to place and draw.", valueName: "file"))
    var incident: String?
    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the map SVG.", valueName: "map.svg"))
    var out: String?
    @Option(name: .long, help: ArgumentHelp("Where to write the elevation profile SVG.", valueName: "profile.svg"))
    var profile: String?
    @Option(name: .customLong("radius-km"), help: "Half-size of the map around the incident, km.")
    var radiusKm: Double = 45
    @Flag(name: .customLong("whole-route"), help: "Show the whole route even with an incident.")
    var wholeRoute = false
    @Option(name: .long, help: "Map width in pixels.")
    var width: Int = 1200
    @Option(name: .long, help: "Map height in pixels.")
    var height: Int = 900

    @OptionGroup var route: RouteOptions
    @OptionGroup var relief: ReliefOptions
    @OptionGroup var offset: OffsetOptions

    func validate() throws {
        guard out != nil || profile != nil else { throw ValidationError("--out map.svg or --profile profile.svg is required") }
        guard radiusKm.isFinite, radiusKm > 0, radiusKm <= 2000 else { throw ValidationError("--radius-km: \(radiusKm) is outside the valid range 0 … 2000") }
        guard (200...10_000).contains(width), (200...10_000).contains(height) else {
            throw ValidationError("--width and --height: expected 200 … 10000 pixels")
        }
    }

    func run() throws {
        for (path, option) in [(out, "--out"), (profile, "--profile")] { if let path { try OutputPaths.file(path, option: option) } }
        let pipeline = try CommandPipeline.make(route: route, relief: relief, offset: offset)
        let route = pipeline.route
        let incident = try self.incident.map { try CommandPipeline.place(IncidentOptions.read($0), in: pipeline, from: $0) }
        let placed = incident?.layerInput
        if let out {
            let names: [LayerName] = [.terrain, .route, .tunnels, .stations, .relief] + (placed == nil ? [] : [.distances, .incident])
            let layers = try pipeline.layers(names, incident: incident)
            let bounds = placed.flatMap { wholeRoute ? nil : MapBounds.around($0.point, radiusKm: radiusKm) }
            let title = placed.map { "\($0.title.isEmpty ? $0.id : $0.title)" } ?? "\(route.document.name): \(route.document.from) – \(route.document.to)"
            let svg = SVGMap(title: title, width: width, height: height, bounds: bounds)
                .render(layers.map { (name: $0.name.rawValue, collection: $0.collection) })
            try Self.write(svg, to: out)
        }
        if let profile {
            let mark = placed.map { ProfileIncident(label: $0.title.isEmpty ? $0.id : $0.title, fromKm: $0.interval.lowerBound,
                                                    toKm: $0.interval.upperBound, bestKm: $0.chainageKm) }
            try Self.write(ProfileChart(incident: mark).render(route), to: profile)
        }
        try CommandPipeline.reportConflicts(incident)
    }

    /// Writes `text` atomically, reporting the file on stderr; a failure is exit 1 naming the file.
    static func write(_ text: String, to path: String) throws {
        do {
            try writeAtomically(to: URL(fileURLWithPath: path)) { sink in try sink.write(text) }
        } catch {
            throw OutputPaths.writeFailure(path, error)
        }
        FileHandle.standardError.write(Data("wrote \(path) (\(text.utf8.count) bytes)\n".utf8))
    }
}
