import Foundation
import FileOutput
import RouteModel

/// Output targets checked before any work is done, so that an unusable `--out` is a usage error
/// (exit 2) in plain words (`--out x: is a file, not a folder`), and write failures name the file the
/// user asked for, never a temporary name or a Foundation error code.
enum OutputPaths {
    /// A folder for output files, created (with its parents) when missing.
    static func folder(_ path: String, option: String) throws -> URL {
        try checkFolder(path, option: option)
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure.usage("\(option) \(path): the folder cannot be created: \(FileProblem.reason(error))")
        }
        return url
    }

    /// Checks, without creating anything, that `path` is a writable folder or can be created as one:
    /// its nearest existing ancestor must be a writable folder.
    static func checkFolder(_ path: String, option: String) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw CommandFailure.usage("\(option) \(path): is a file, not a folder") }
            guard access(path, W_OK | X_OK) == 0 else {
                throw CommandFailure.usage("\(option) \(path): the folder cannot be written: \(FileProblem.describe(errno))")
            }
            return
        }
        var ancestor = URL(fileURLWithPath: path).deletingLastPathComponent()
        while stat(ancestor.path, &info) != 0, ancestor.path != "/" { ancestor.deleteLastPathComponent() }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw CommandFailure.usage("\(option) \(path): the folder cannot be created: \(ancestor.path) is a file, not a folder")
        }
        guard access(ancestor.path, W_OK | X_OK) == 0 else {
            throw CommandFailure.usage("\(option) \(path): the folder cannot be created in \(ancestor.path): \(FileProblem.describe(errno))")
        }
    }

    /// A file to be replaced atomically: its folder must exist and be writable, and the path itself must
    /// not be a folder or a special file (a FIFO or device would be replaced by a regular file).
    static func file(_ path: String, option: String) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR { throw CommandFailure.usage("\(option) \(path): is a folder, not a file") }
            guard type == S_IFREG else { throw CommandFailure.usage("\(option) \(path): is not a regular file (a pipe or device); it would be replaced") }
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard stat(folder, &info) == 0 else {
            throw CommandFailure.usage("\(option) \(path): its folder \(folder) \(errno == ENOENT ? "does not exist" : "cannot be used: \(FileProblem.describe(errno))")")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw CommandFailure.usage("\(option) \(path): \(folder) is a file, not a folder") }
        guard access(folder, W_OK | X_OK) == 0 else {
            throw CommandFailure.usage("\(option) \(path): its folder cannot be written: \(FileProblem.describe(errno))")
        }
    }

    /// A failed write of `path` (exit 1): the file the user named and the reason in plain words.
    static func writeFailure(_ path: String, _ error: Error) -> CommandFailure {
        let reason = (error as? FileOutputError).map { FileProblem.describe($0.code) } ?? FileProblem.reason(error)
        return CommandFailure(message: "\(path): cannot be written: \(reason)", exitCode: 1)
    }
}
