import ArgumentParser
import GeoEngines
import RouteModel

/// `routemap snap --lon 67.73 --lat 29.56`: where a point meets the route.
struct SnapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snap",
        abstract: "Snap a coordinate to the route: chainage, perpendicular offset, side, line and km post.",
        discussion: """
        Example: routemap snap --lon 67.73 --lat 29.56 --format json
        Where the line doubles back, --window 100,130 restricts the search to that chainage stretch.
        """)

    @Option(name: .long, help: "Longitude in degrees (-180 … 180).")
    var lon: Double
    @Option(name: .long, help: "Latitude in degrees (-90 … 90).")
    var lat: Double
    @Option(name: .long, help: ArgumentHelp("Only snap within this chainage stretch, km.", valueName: "from,to"))
    var window: String?

    @OptionGroup var route: RouteOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        do {
            _ = try GeoPoint.validated(lon: lon, lat: lat)
        } catch .latitudeOutOfRange {
            throw ValidationError("--lat: \(lat) is outside the valid range -90 … 90")
        } catch .longitudeOutOfRange {
            throw ValidationError("--lon: \(lon) is outside the valid range -180 … 180")
        }
        if let window { _ = try ArgumentValues.range(window, name: "--window") }
    }

    func run() throws {
        let engines = WorkerEngines()
        let route = try route.route(engines: engines)
        let range = try window.map { try ArgumentValues.range($0, name: "--window") }
        if let range, range.lowerBound < 0 || range.upperBound > route.lengthKm {
            throw CommandFailure.usage("--window: \(range.lowerBound),\(range.upperBound) is outside the valid range 0 … \(route.lengthKm)")
        }
        let result = try RouteSnapper(route: route, engines: engines).snap(GeoPoint(lon: lon, lat: lat), window: range)
        try CommandOutput.emit(output.format, json: RoutePresenters.snap(result), table: .fields([
            ("chainage_km", Format.km(result.chainageKm)),
            ("offset", Format.fixed(result.offsetM, 1) + " m (\(result.side.rawValue) of the line, facing increasing chainage)"),
            ("point on line", "\(Format.fixed(result.point.lon, 6)), \(Format.fixed(result.point.lat, 6))"),
            ("line / km post", "\(result.line) km \(Format.fixed(result.kmPost, 3))"),
        ]), footnote: (RoutePresenters.snapWarning(result).map { "warning: \($0)\n" } ?? "") + RoutePresenters.accuracy(route))
    }
}
