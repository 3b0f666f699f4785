import ArgumentParser
import Foundation

/// `routemap`: the command-line shell over the RouteMap library.
@main
struct RouteMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routemap",
        abstract: "Map a railway route and the incidents on it (shipped route: Jaffar Express, Quetta → Peshawar Cantt).",
        discussion: """
        Chainage is kilometres from the route's origin (Quetta = 0), calibrated to Pakistan Railways' km posts \
        (±0.5 km rounding). Distances are ellipsoidal (WGS84). Use --format json for machine-readable output.
        Exit codes: 0 success, 2 bad input or arguments (one stderr line naming it), 3 placed with conflicting clues, 1 some rows failed or a file could not be written.
        """,
        version: "0.1.0",
        subcommands: [SummaryCommand.self, StationsCommand.self, LocateCommand.self, SnapCommand.self, DistanceCommand.self,
                      PlaceCommand.self, DistancesCommand.self, SnapPointsCommand.self, ExportCommand.self, ValidateCommand.self,
                      RenderCommand.self, MapCommand.self, BatchCommand.self, BuildRouteCommand.self])

    /// Runs a command, printing errors as one line on stderr: usage errors and bad input exit 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CommandFailure {
            FileHandle.standardError.write(Data("routemap: \(error.message)\n".utf8))
            Foundation.exit(error.exitCode)
        } catch let code as ExitCode {
            // A command that has already reported (e.g. validate's per-file lines) only sets the status.
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            FileHandle.standardError.write(Data("routemap: \(message)\n".utf8))
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// A failure a command reports with its own exit code.
struct CommandFailure: Error {
    var message: String
    var exitCode: Int32

    /// Bad input or arguments (exit 2).
    static func usage(_ message: String) -> CommandFailure { CommandFailure(message: message, exitCode: 2) }
}
