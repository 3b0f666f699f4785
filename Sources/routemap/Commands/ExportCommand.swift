import ArgumentParser
import Foundation
import GeoEngines
import GeoJSON
import IncidentPipeline
import LayerFiles
import Layers
import RouteModel

/// `routemap export --out DIR`: the map layers as files GIS tools open (GeoJSON, GeoPackage, KML/KMZ, FlatGeobuf).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the map layers as GeoJSON, GeoPackage, KML/KMZ or FlatGeobuf: one file per layer, or one combined file.",
        discussion: """
        Example: routemap export --incident GeoData/jaffar-express/incidents/JE-2025-03-11.json --out out
        Example: routemap export --layers route,stations --single - --pretty
        Example: routemap export --incident GeoData/jaffar-express/incidents/JE-2025-03-11.json --format gpkg --single out/routemap.gpkg
        Formats: geojson (default; RFC 7946), geojsonseq (RFC 8142 sequences, = --seq), gpkg (GeoPackage: every \
        layer its own table, mixed layers split into <layer>_points/_lines/_polygons, typed columns, spatial \
        index), kml and kmz (Google Earth: a folder per layer, simplestyle as KML styles, title/description as \
        name/description, the incident time as a TimeStamp), fgb (FlatGeobuf, one layer per file, for large \
        layers). --bbox and --pretty are GeoJSON only; gpkg, kml, kmz and fgb need files (not '-').
        Layers: \(LayerName.allCases.map(\.rawValue).joined(separator: ", ")) (incident and distances need --incident). \
        Default: every route layer, plus the incident layers with --incident.
        Files are written atomically (temporary file, then rename): a failed export leaves no partial file and \
        an older file untouched. '-' as DIR or FILE writes to stdout (several layers: one combined collection \
        with a 'layer' property). What was written is reported on stderr ("wrote …", as every command does). \
        Exit 3 (after writing) when the incident was placed with conflicting clues, named on stderr.
        """)

    @Option(name: .long, help: ArgumentHelp("An incident file (GeoData/FORMAT.md) to place and map.", valueName: "file"))
    var incident: String?
    @Option(name: .long, help: ArgumentHelp("Comma-separated layers to export.", valueName: "names"))
    var layers: String?
    @Option(name: [.short, .long], help: ArgumentHelp("Folder for one <layer>.<format extension> per layer (created if missing); '-' for stdout.", valueName: "dir"))
    var out: String?
    @Option(name: .long, help: ArgumentHelp("One combined file: a collection with a 'layer' property on each feature (GeoJSON, FlatGeobuf), a table per layer (GeoPackage), a folder per layer (KML); '-' for stdout.", valueName: "file"))
    var single: String?
    @Option(name: .long, help: "Decimals kept in coordinates (0 … 15).")
    var precision: Int = 6
    @Flag(name: .long, help: "Write a bbox [west, south, east, north] on every feature and collection.")
    var bbox = false
    @Option(name: .long, help: "File format: geojson, geojsonseq, gpkg, kml, kmz or fgb.")
    var format: LayerFormat = .geojson
    @Flag(name: .long, help: "Write RFC 8142 GeoJSON text sequences (one feature per record; files end in .geojsons); the same as --format geojsonseq.")
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
        if seq && format != .geojson && format != .geojsonseq {
            throw ValidationError("--seq writes GeoJSON text sequences and cannot be used with --format \(format.rawValue)")
        }
        if let conflict = writeOptions.conflict { throw ValidationError(conflict) }
        if !format.canStream && (out == "-" || single == "-") {
            throw ValidationError("--format \(format.rawValue) writes files, not stdout: give --out DIR or --single FILE")
        }
        if out?.isEmpty == true { throw ValidationError("--out: expected a folder name or '-'") }
        if single?.isEmpty == true { throw ValidationError("--single: expected a file name or '-'") }
        guard kmInterval.isFinite, kmInterval > 0 else {
            throw ValidationError("--km-interval: \(kmInterval) must be a positive number of km")
        }
    }

    /// The writer's options from the flags (`--seq` is `--format geojsonseq`).
    var writeOptions: LayerWriteOptions {
        LayerWriteOptions(format: seq ? .geojsonseq : format, precision: precision, bbox: bbox, pretty: pretty)
    }

    func run() throws {
        let pipeline = try CommandPipeline.make(route: route, relief: relief, offset: offset,
                                                layerOptions: LayerOptions(kmMarkerIntervalKm: kmInterval, routeElevation: elevation))
        let placed = try incident.map { try CommandPipeline.place(IncidentOptions.read($0), in: pipeline, from: $0) }
        let names = try layers.map { try LayerName.parseList($0) }
            ?? LayerName.routeLayers + (placed == nil ? [] : LayerName.incidentLayers)
        if placed == nil, let missing = names.first(where: \.needsIncident) {
            throw CommandFailure.usage("--layers: layer '\(missing)' needs an incident (--incident FILE)")
        }
        if names.contains(.kmMarkers) { try checkMarkerCount(pipeline.route) }
        let built = try pipeline.layers(names, incident: placed)
        let plan = try ExportPlan(layers: built, out: out, single: single,
                                  options: writeOptions)
        let written = try plan.write()
        FileHandle.standardError.write(Data((written.map(\.line).joined(separator: "\n") + "\n").utf8))
        try CommandPipeline.reportConflicts(placed)
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

/// `--format` values, read by ArgumentParser from the raw values.
extension LayerFormat: ExpressibleByArgument {}
