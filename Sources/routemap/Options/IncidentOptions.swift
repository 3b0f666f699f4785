import ArgumentParser
import ArticleReading
import Foundation
import Placement
import RouteModel

/// An incident from a file (`INCIDENT.json`, "-" for stdin), quick `--clue` options and/or news text
/// read by `routemap read`'s rules (`--text FILE`), in any combination.
struct IncidentOptions: ParsableArguments {
    @Argument(help: "Incident file (JSON, format in GeoData/FORMAT.md); - for stdin. Optional with --clue.")
    var incident: String?

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("A clue, repeatable: tunnel=8, between=A,B, near=Sibi:1, km_post=ML-3:130, chainage_km=120.5, at=LON,LAT:M, area=Dhadar, distance_from=Quetta:157:road.", valueName: "kind=value"))
    var clue: [String] = []

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("A news report (UTF-8 text, - for stdin) whose location statements become clues, as `routemap read` finds them; repeatable.", valueName: "file"))
    var text: [String] = []

    func validate() throws {
        guard incident != nil || !clue.isEmpty || !text.isEmpty else {
            throw ValidationError("give an incident file, at least one --clue (e.g. --clue 'tunnel=8') or --text FILE")
        }
        for text in clue {
            do { _ = try Clue(commandLine: text) } catch { throw ValidationError("\(error)") }
        }
    }

    /// The incident: the file's, with the clues read from `--text` files on `route` and the
    /// command-line clues appended (in that order).
    func load(route: Route) throws -> Incident {
        try Self.combine(file: incident, texts: text, clues: clue, route: route)
    }

    /// An incident file's clues, then those read from `texts`, then the `--clue` ones; the file's id
    /// and title, else the first text's, else `command-line`.
    static func combine(file: String?, texts: [String], clues: [String], route: Route) throws -> Incident {
        var incident: Incident
        let read = texts.isEmpty ? nil : ArticleReader(route: route).read(try texts.map(ArticleFiles.read))
        if let path = file {
            incident = try Self.read(path)
            incident.clues += read?.incident.clues ?? []
        } else if let read {
            incident = read.incident
        } else {
            incident = Incident(id: "command-line", clues: [])
        }
        do {
            incident.clues += try clues.map { try Clue(commandLine: $0) }
        } catch {
            throw CommandFailure.usage("\(error)")
        }
        return incident
    }

    /// Reads and parses an incident file; unreadable files and bad JSON are usage errors (exit 2).
    static func read(_ path: String) throws -> Incident {
        let data = try InputFiles.data(path, label: path)
        guard let text = String(data: data, encoding: .utf8) else { throw CommandFailure.usage("\(path): is not UTF-8 text") }
        do {
            return try IncidentFile.parse(text, file: path == "-" ? "stdin" : path)
        } catch {
            throw CommandFailure.usage("\(error)")
        }
    }
}
