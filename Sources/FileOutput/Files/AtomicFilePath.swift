import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Atomic replacement for writers that open files by name themselves (GDAL): they write a temporary
/// path `.name.tmp-<pid>-<random>.ext` beside the destination (ending in the same extension, so
/// drivers that go by it still work); ``commit()`` `fsync`s it and renames it over the destination, ``discard()`` — or
/// deallocation without a commit — removes it and any `-journal`, `-wal` or `-shm` companion.
public final class AtomicFilePath {
    /// The final file name.
    public let destination: URL
    /// Where the writer writes.
    public let temporaryURL: URL
    private var isDone = false

    /// A temporary path next to `destination`; nothing is created yet.
    public init(destination: URL) {
        self.destination = destination
        let ext = destination.pathExtension
        let name = ".\(destination.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: .min ... .max))" + (ext.isEmpty ? "" : ".\(ext)")
        temporaryURL = destination.deletingLastPathComponent().appendingPathComponent(name)
    }

    deinit {
        if !isDone { discard() }
    }

    /// The size of the written temporary file, bytes.
    public var size: Int {
        (try? FileManager.default.attributesOfItem(atPath: temporaryURL.path)[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Makes the written file durable and visible under ``destination``; on failure it is removed.
    public func commit() throws {
        precondition(!isDone, "commit() after commit() or discard()")
        do {
            let file = open(temporaryURL.path, O_RDONLY | O_CLOEXEC)
            guard file >= 0 else { throw SystemCalls.error("open", path: temporaryURL.path) }
            let synced = fsync(file)
            close(file)
            guard synced == 0 else { throw SystemCalls.error("fsync", path: temporaryURL.path) }
            guard rename(temporaryURL.path, destination.path) == 0 else { throw SystemCalls.error("rename", path: destination.path) }
        } catch {
            discard()
            throw error
        }
        isDone = true
        let directory = open(destination.deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }

    /// Removes the temporary file and its companions; the destination stays as it was.
    public func discard() {
        isDone = true
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporaryURL.path + suffix) }
    }
}
