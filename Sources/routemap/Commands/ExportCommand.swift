import ArgumentParser
import Foundation
import GeoEngines
import GeoJSON
import Layers
import RouteModel

/// `routemap export --out DIR`: the map layers as GeoJSON files any map viewer opens.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the map layers as RFC 7946 GeoJSON: one file per layer, or one combined file.",
        discussion: """
        Example: routemap export --incident GeoData/jaffar-express/incidents/JE-2025-03-11.json --out out
        Example: routemap export --layers route,stations --single - --pretty
        Layers: \(LayerName.allCases.map(\.rawValue).joined(separator: ", ")) (incident and distances need --incident). \
        Default: every route layer, plus the incident layers with --incident.
        Files are written atomically (temporary file, then rename): a failed export leaves no partial file and \
        an older file untouched. '-' as DIR or FILE writes to stdout (several layers: one combined collection \
        with a 'layer' property). What was written is reported on stderr ("wrote …", as every command does). \
        Exit 3 (after writing) when the incident was placed with conflicting clues, named on stderr.
        """)

    @OptionGroup var incident: MapIncidentOptions
    @Option(name: .long, help: ArgumentHelp("Comma-separated layers to export.", valueName: "names"))
    var layers: String?
    @Option(name: [.short, .long], help: ArgumentHelp("Folder for one <layer>.geojson per layer (created if missing); '-' for stdout.", valueName: "dir"))
    var out: String?
    @Option(name: .long, help: ArgumentHelp("One combined collection with a 'layer' property on each feature; '-' for stdout.", valueName: "file"))
    var single: String?
    @Option(name: .long, help: "Decimals kept in coordinates (0 … 15).")
    var precision: Int = 6
    @Flag(name: .long, help: "Write a bbox [west, south, east, north] on every feature and collection.")
    var bbox = false
    @Flag(name: .long, help: "Write RFC 8142 GeoJSON text sequences (one feature per record; files end in .geojsons).")
    var seq = false
    @Flag(name: .long, help: "Indent the output.")
    var pretty = false
    @Option(name: .customLong("km-interval"), help: ArgumentHelp("Spacing of the km_markers layer, km.", valueName: "km"))
    var kmInterval: Double = 10
    @Flag(name: .long, help: "Make the route layer 3D where elevation is known (split where it starts or stops).")
    var elevation = false
    @Flag(name: .long, help: "Write more than 100,000 km markers (a --km-interval below about 0.0164 km on the shipped route).")
    var force = false

    @OptionGroup var route: RouteOptions
    @OptionGroup var relief: ReliefOptions
    @OptionGroup var offset: OffsetOptions

    func validate() throws {
        guard GeoJSONWriteOptions.allowedPrecision.contains(precision) else {
            throw ValidationError("--precision: \(precision) is outside the valid range 0 … 15")
        }
        if let layers {
            do { _ = try LayerName.parseList(layers) } catch { throw ValidationError("--layers: \(error)") }
        }
        switch (out, single) {
        case (nil, nil): throw ValidationError("--out DIR or --single FILE is required (use '-' for stdout)")
        case (_?, _?): throw ValidationError("--out and --single cannot be used together")
        default: break
        }
        if out?.isEmpty == true { throw ValidationError("--out: expected a folder name or '-'") }
        if single?.isEmpty == true { throw ValidationError("--single: expected a file name or '-'") }
        guard kmInterval.isFinite, kmInterval > 0 else {
            throw ValidationError("--km-interval: \(kmInterval) must be a positive number of km")
        }
    }

    func run() throws {
        let engines = WorkerEngines()
        let route = try relief.apply(to: try route.route(engines: engines))
        let incidentInput = try incident.load(route: route, engines: engines, offset: offset.limit)?.layers
        let names = try layers.map { try LayerName.parseList($0) }
            ?? LayerName.routeLayers + (incidentInput == nil ? [] : LayerName.incidentLayers)
        if incidentInput == nil, let missing = names.first(where: \.needsIncident) {
            throw CommandFailure.usage("--layers: layer '\(missing)' needs an incident (--incident FILE, --clue or --text)")
        }
        if names.contains(.kmMarkers) { try checkMarkerCount(route) }
        let options = LayerOptions(kmMarkerIntervalKm: kmInterval, routeElevation: elevation)
        let built = try MapLayers.build(names, route: route, incident: incidentInput, options: options, engines: engines)
        let plan = try ExportPlan(layers: built, out: out, single: single,
                                  format: ExportFormat(precision: precision, bbox: bbox, sequence: seq, pretty: pretty))
        let written = try plan.write()
        FileHandle.standardError.write(Data((written.map(\.line).joined(separator: "\n") + "\n").utf8))
        try IncidentLoading.reportConflicts(incidentInput)
    }

    /// A tiny `--km-interval` would write millions of markers (0.001 km: 1.6 M features, 580 MB): more
    /// than 100,000 needs `--force`, more than 10 M is refused.
    private func checkMarkerCount(_ route: Route) throws {
        let count = route.lengthKm / kmInterval + 1
        let limit = force ? KmMarkerLimits.forced : KmMarkerLimits.unforced
        guard count <= Double(limit) else {
            throw CommandFailure.usage("--km-interval \(kmInterval): would write \(String(format: "%.0f", count.rounded(.down))) km markers, more than \(limit)"
                + (force ? "" : " (use a larger interval, or --force)"))
        }
    }
}

/// How many km markers `export` writes without and with `--force`.
enum KmMarkerLimits {
    static let unforced = 100_000
    static let forced = MapLayers.maximumKmMarkers
}
