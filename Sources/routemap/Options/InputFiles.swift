import Foundation
import RouteModel

/// Whole input files for the commands that read one (incidents, relief points): "-" is stdin, and a
/// path that cannot be read is a usage error (exit 2) in plain words, e.g. `x.json: is a folder, not a file`.
enum InputFiles {
    /// The bytes of `path`; `label` starts the error message (the path, or the option and the path).
    static func data(_ path: String, label: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        if let problem = FileProblem.unreadable(path) { throw CommandFailure.usage("\(label): \(problem)") }
        do {
            // FIFOs and devices (e.g. <(command)) are read as streams; Data(contentsOf:) refuses them.
            guard let handle = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoPermission) }
            defer { try? handle.close() }
            return try handle.readToEnd() ?? Data()
        } catch {
            throw CommandFailure.usage("\(label): cannot be read: \(FileProblem.reason(error))")
        }
    }
}
