import ArgumentParser
import Foundation
import GeoEngines
import FileOutput
import GeoJSON
import TextFormats
import RouteModel
import TrackBuilding

/// `routemap build-route`: builds a route folder's track from OSM railway ways and a stations.csv.
struct BuildRouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-route",
        abstract: "Build a route's track from OpenStreetMap railway ways: writes DIR/track.csv (and copies stations.csv, route.json).",
        discussion: """
        Example: routemap build-route --ways hotosm_pak_railways_lines.geojson --stations stations.csv --route route.json --out my-route
        Reads railway ways as GeoJSON (HOT export: osm_id, railway, layer; Overpass, osmium or ogr2ogr exports too), \
        joins them where they share a vertex (and way ends within --join-m), attaches each station within --attach-m \
        to its nearest track, and finds the shortest path through the stations in order that never turns back \
        (no reversal through a yard). Gaps in the ways are bridged by straight connectors, each listed with its length. \
        With --route, the folder is loaded afterwards as a check (chainage calibrated to the km posts).
        Exit codes: 0 built, 2 unusable input or arguments, 1 other failure.
        """)

    @Option(name: .long, help: ArgumentHelp("Railway ways, GeoJSON.", valueName: "file"))
    var ways: String

    @Option(name: .long, help: ArgumentHelp("The route's stations.csv (GeoData/FORMAT.md), in route order.", valueName: "file"))
    var stations: String

    @Option(name: .long, help: ArgumentHelp("The route's route.json, copied into DIR and checked.", valueName: "file"))
    var route: String?

    @Option(name: .long, help: ArgumentHelp("Route folder to write (created if missing).", valueName: "dir"))
    var out: String

    @Option(name: .long, help: "Join way ends this close (m) to another way.")
    var joinM: Double = 2

    @Option(name: .long, help: "Stations farther than this (m) from every way are placed by their km post instead.")
    var attachM: Double = 1_000

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard joinM >= 0, joinM <= 100 else { throw ValidationError("--join-m must be between 0 and 100 metres") }
        guard attachM > 0, attachM <= 5_000 else { throw ValidationError("--attach-m must be between 0 and 5000 metres") }
        guard output.format != .csv else { throw ValidationError("--format: csv is not available for build-route (use table or json)") }
    }

    func run() throws {
        let wayBytes = try read(ways, option: "--ways")
        let stationText = String(decoding: try read(stations, option: "--stations"), as: UTF8.self)
        let routeText = try route.map { String(decoding: try read($0, option: "--route"), as: UTF8.self) }
        let railways: [RailwayWay]
        do {
            railways = try RailwayWaysReader.read(wayBytes)
        } catch {
            throw CommandFailure.usage("\(ways): \(error)")
        }
        let records: [StationRecord]
        do {
            let lines = try routeText.map { Set(try RouteDocument.decode($0, file: route!).lines.map(\.id)) }
            records = try GeoDataLoader.stations(stationText, lines: lines)
        } catch let error as InputFileError {
            throw CommandFailure.usage(error.file == "stations.csv" ? "\(stations)\(error.description.dropFirst("stations.csv".count))" : "\(error)")
        }
        let stops = records.map { TrackStop(name: $0.station.name, chainageKm: $0.station.chainageKm, position: $0.publishedPosition) }
        var options = TrackBuildOptions()
        options.joinToleranceM = joinM
        options.attachRadiusM = attachM
        let clock = ContinuousClock()
        let started = clock.now
        let track: BuiltTrack
        do {
            track = try TrackBuilder.build(ways: railways, stops: stops, options: options, engines: WorkerEngines())
        } catch let error as TrackBuildError {
            throw CommandFailure.usage("\(ways): \(error)")
        }
        let seconds = (clock.now - started) / .seconds(1)
        try writeFolder(track: track, stationText: stationText, routeText: routeText)
        try BuildRoutePresenter(track: track, buildSeconds: seconds, folder: out).emit(output.format)
    }

    private func read(_ path: String, option: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.usage("\(option) \(path): cannot be read (missing or not a file)")
        }
        return [UInt8](data)
    }

    /// Writes track.csv (and the copies) atomically, then loads the folder as a check when route.json is there.
    private func writeFolder(track: BuiltTrack, stationText: String, routeText: String?) throws {
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure.usage("--out \(out): cannot create the folder: \(error.localizedDescription)")
        }
        var files = [("track.csv", TrackFileText.csv(track.vertices)), ("stations.csv", stationText)]
        if let routeText { files.append(("route.json", routeText)) }
        for (name, text) in files {
            let url = URL(fileURLWithPath: out).appendingPathComponent(name)
            try writeAtomically(to: url) { sink in try sink.write(Array(text.utf8)) }
        }
        guard routeText != nil else { return }
        do {
            _ = try RouteBuilder.build(try GeoDataFiles.directory(out), engines: WorkerEngines())
        } catch let error as InputFileError {
            throw CommandFailure(message: "\(out)/\(error)", exitCode: 1)
        }
    }
}
