import ArgumentParser
import GeoEngines
import GeoJSON
import TextFormats

/// `routemap stations`: the station table.
struct StationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stations",
        abstract: "List the route's stations in order: line, km post, chainage, position, elevation, stop.",
        discussion: "Example: routemap stations --format json (or --format csv: one row per station, point as lon,lat columns)")

    @OptionGroup var route: RouteOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let route = try route.route(engines: WorkerEngines())
        let stations = route.stations.map(RoutePresenters.station)
        let json: JSONObject = ["stations": .array(stations.map(JSONValue.object))]
        let table = TextTable(header: ["seq", "station", "line", "km post", "chainage", "lon", "lat", "position", "pos ± km", "elev m", "stop"],
                              rows: route.stations.map { s in
            [String(s.seq), s.name, s.line, Format.fixed(s.kmPost, 0), Format.fixed(s.chainageKm, 0),
             Format.fixed(s.position.lon, 5), Format.fixed(s.position.lat, 5), s.positionSource.rawValue,
             s.positionErrorKm.map { "≥ " + Format.fixed($0, 1) } ?? "",
             s.elevationM.map { Format.fixed($0, 0) } ?? "", s.stops.rawValue]
        })
        try CommandOutput.emit(output.format, json: json, table: table, csv: { CSVOutputTable(objects: stations) })
    }
}
