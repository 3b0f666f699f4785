import Foundation
import FileOutput
import GeoJSON
#if canImport(Glibc)
import Glibc
#endif

/// Writes a small file under a temporary name in its folder and renames it when whole, without the
/// `fsync` of `writeAtomically` (which would cost one disk flush per file, thousands per batch):
/// a killed process never leaves a partial file under the final name; durability against power loss
/// comes from one `syncfs` of the output folder at the end of the batch (`BatchJob`).
enum FileReplacement {
    /// The prefix and infix of temporary names: `.<name>.tmp-<pid>-<random>` (as `AtomicFileWriter`).
    static func isTemporary(_ name: String) -> Bool { name.hasPrefix(".") && name.contains(".tmp-") }

    /// Writes `bytes` to `url` through a temporary file and a rename.
    static func write(_ bytes: [UInt8], to url: URL) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: .min ... .max))")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw failure("open", temporary) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                let error = failure("write", temporary)
                close(fd)
                unlink(temporary.path)
                throw error
            }
            written += n
        }
        guard close(fd) == 0 else { unlink(temporary.path); throw failure("close", temporary) }
        guard rename(temporary.path, url.path) == 0 else { let error = failure("rename", url); unlink(temporary.path); throw error }
    }

    /// Removes leftover temporary files in `directory` whose final name satisfies `matching`.
    static func removeTemporaries(in directory: URL, matching: (String) -> Bool = { _ in true }) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where isTemporary(name) {
            let final = String(name.dropFirst().prefix { $0 != "/" }).components(separatedBy: ".tmp-").first ?? ""
            if matching(final) { unlink(directory.appendingPathComponent(name).path) }
        }
    }

    /// Flushes the file system holding `directory` to disk (one call for all the files of a batch).
    static func syncFileSystem(of directory: URL) {
        let fd = open(directory.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = systemSyncfs(fd)
        close(fd)
    }

    private static func failure(_ operation: String, _ url: URL) -> FileOutputError {
        let code = errno
        return FileOutputError(operation: operation, path: url.path, code: code, reason: String(cString: strerror(code)))
    }
}

/// `syncfs(2)` (glibc declares it only under _GNU_SOURCE, which the Glibc module does not see).
@_silgen_name("syncfs")
private func systemSyncfs(_ fd: Int32) -> Int32
