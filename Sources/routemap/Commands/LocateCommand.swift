import ArgumentParser
import GeoEngines
import RouteModel

/// `routemap locate --km 125`: what is at a chainage.
struct LocateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locate",
        abstract: "Describe the point at a chainage: position, line and km post, stations around it, elevation, tunnel, terrain.",
        discussion: "Example: routemap locate --km 120 --format json")

    @Option(name: .long, help: "Chainage in km from the route's origin (0 … route length).")
    var km: Double

    @OptionGroup var route: RouteOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard km.isFinite, km >= 0 else { throw ValidationError("--km: \(km) is outside the valid range 0 … route length (1635 for the shipped route)") }
    }

    func run() throws {
        let engines = WorkerEngines()
        let route = try route.route(engines: engines)
        guard km <= route.lengthKm else {
            throw CommandFailure.usage("--km: \(km) is outside the valid range 0 … \(route.lengthKm)")
        }
        let position = route.position(atChainage: km)
        try CommandOutput.emit(output.format, json: RoutePresenters.position(position, route: route),
                               table: RoutePresenters.positionTable(position), footnote: RoutePresenters.accuracy(route))
    }
}
