import ArgumentParser
import Foundation
import Placement

/// An incident from a file (`INCIDENT.json`, "-" for stdin) and/or quick `--clue` options.
struct IncidentOptions: ParsableArguments {
    @Argument(help: "Incident file (JSON, format in GeoData/FORMAT.md); - for stdin. Optional with --clue.")
    var incident: String?

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("A clue, repeatable: tunnel=8, between=A,B, near=Sibi:1, km_post=ML-3:130, chainage_km=120.5, at=LON,LAT:M, area=Dhadar, distance_from=Quetta:157:road.", valueName: "kind=value"))
    var clue: [String] = []

    func validate() throws {
        guard incident != nil || !clue.isEmpty else {
            throw ValidationError("give an incident file or at least one --clue (e.g. --clue 'tunnel=8')")
        }
        for text in clue {
            do { _ = try Clue(commandLine: text) } catch { throw ValidationError("\(error)") }
        }
    }

    /// The incident: the file's, with the command-line clues appended.
    func load() throws -> Incident {
        var incident: Incident
        if let path = self.incident {
            incident = try Self.read(path)
        } else {
            incident = Incident(id: "command-line", clues: [])
        }
        do {
            incident.clues += try clue.map { try Clue(commandLine: $0) }
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
