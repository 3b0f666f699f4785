import ArgumentParser
import GeoEngines
import GeoJSON
import RouteModel
import TextFormats

/// `routemap snap --lon 67.73 --lat 29.56`: where a point meets the route.
struct SnapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snap",
        abstract: "Snap a coordinate to the route: chainage, perpendicular offset, side, line and km post.",
        discussion: """
        Example: routemap snap --lon 67.73 --lat 29.56 --format json
        Where the line doubles back, --window 100,130 restricts the search to that chainage stretch.
        Without --lon/--lat it reads stdin as PROJ's cs2cs does: one point a line, "lon lat" or "lon,lat", \
        optionally followed by an id; it writes one line per point: chainage_km offset_m side line km_post \
        [id], tab-separated (or JSON Lines with --format json). Example: cat points.txt | routemap snap -f json
        """)

    @Option(name: .long, parsing: .unconditional, help: "Longitude in degrees (-180 … 180); omit with --lat to read stdin.")
    var lon: Double?
    @Option(name: .long, parsing: .unconditional, help: "Latitude in degrees (-90 … 90).")
    var lat: Double?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Only snap within this chainage stretch, km.", valueName: "from,to"))
    var window: String?

    @OptionGroup var route: RouteOptions
    @OptionGroup var offset: OffsetOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (lon == nil) == (lat == nil) else { throw ValidationError("--lon and --lat go together (give both, or neither to read stdin)") }
        if let lon, let lat { _ = try Self.point(lon: lon, lat: lat) }
        if let window { _ = try ArgumentValues.range(window, name: "--window") }
    }

    func run() throws {
        let engines = WorkerEngines()
        let route = try route.route(engines: engines)
        let range = try window.map { try ArgumentValues.range($0, name: "--window") }
        if let range, range.lowerBound < 0 || range.upperBound > route.lengthKm {
            throw CommandFailure.usage("--window: \(range.lowerBound),\(range.upperBound) is outside the valid range 0 … \(route.lengthKm)")
        }
        let snapper = try RouteSnapper(route: route, engines: engines)
        guard let lon, let lat else { return try snapStdin(snapper, window: range) }
        let point = GeoPoint(lon: lon, lat: lat)
        let result = try snapper.snap(point, window: range)
        if let problem = offset.limit.problem(point, snap: result, snapper: snapper) {
            throw CommandFailure.usage("--lon \(lon) --lat \(lat): \(problem)")
        }
        try CommandOutput.emit(output.format, json: RoutePresenters.snap(result), table: .fields([
            ("chainage_km", Format.km(result.chainageKm)),
            ("offset", Format.fixed(result.offsetM, 1) + " m (\(result.side.rawValue) of the line, facing increasing chainage)"),
            ("point on line", "\(Format.fixed(result.point.lon, 6)), \(Format.fixed(result.point.lat, 6))"),
            ("line / km post", "\(result.line) km \(Format.fixed(result.kmPost, 3))"),
        ]), footnote: (RoutePresenters.snapWarning(result).map { "warning: \($0)\n" } ?? "") + RoutePresenters.accuracy(route))
    }

    private func snapStdin(_ snapper: RouteSnapper, window: ClosedRange<Double>?) throws {
        let out = try LineOutput(format: output.format)
        let failed = try StdinRecords(fields: ["lon", "lat"]).forEach { record in
            let point = try StdinRecords.point(lon: record.numbers[0], lat: record.numbers[1])
            let r = try snapper.snap(point, window: window)
            if let problem = offset.limit.problem(point, snap: r, snapper: snapper) { throw LineProblem(message: problem) }
            var json: JSONObject = record.id.map { ["id": .string($0)] } ?? [:]
            let snapped = RoutePresenters.snap(r)
            for key in snapped.keys { json[key] = snapped[key] }
            try out.write(json: json, text: [Format.km(r.chainageKm), Format.fixed(r.offsetM, 1), r.side.rawValue, r.line,
                                             Format.km(r.kmPost)] + (record.id.map { [$0] } ?? []))
        }
        out.flush()
        if let failure = StdinRecords.failure(failed) { throw failure }
    }

    private static func point(lon: Double, lat: Double) throws -> GeoPoint {
        do {
            return try GeoPoint.validated(lon: lon, lat: lat)
        } catch .latitudeOutOfRange {
            throw ValidationError("--lat: \(lat) is outside the valid range -90 … 90")
        } catch .longitudeOutOfRange {
            throw ValidationError("--lon: \(lon) is outside the valid range -180 … 180")
        }
    }
}
