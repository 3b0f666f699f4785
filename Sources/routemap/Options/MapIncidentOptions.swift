import ArgumentParser
import GeoEngines
import Layers
import Placement
import RouteModel

/// The incident of the map commands (`export`, `render`, `map`): `--incident FILE` (`-` for stdin),
/// `--clue` and `--text`, in any combination; none means no incident.
struct MapIncidentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("An incident file (GeoData/FORMAT.md) to place and map; - for stdin.", valueName: "file"))
    var incident: String?

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("A clue for the incident, repeatable (as for place): tunnel=8, near=Sibi:1, terrain=mountainous, …", valueName: "kind=value"))
    var clue: [String] = []

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("A news report (UTF-8 text) whose location statements become clues, as `routemap read` finds them; repeatable.", valueName: "file"))
    var text: [String] = []

    func validate() throws {
        for text in clue {
            do { _ = try Clue(commandLine: text) } catch { throw ValidationError("\(error)") }
        }
    }

    /// Whether an incident was given at all.
    var isGiven: Bool { incident != nil || !clue.isEmpty || !text.isEmpty }

    /// The incident placed and measured against the relief points; nil when none was given.
    func load(route: Route, engines: WorkerEngines, offset: OffsetLimit) throws -> IncidentLoading.Loaded? {
        guard isGiven else { return nil }
        let combined = try IncidentOptions.combine(file: incident, texts: text, clues: clue, route: route)
        return try IncidentLoading.place(combined, route: route, engines: engines, from: incident, offset: offset)
    }
}
