import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers only ever see the old content or the complete new content.
///
/// Bytes go to a temporary file `.name.tmp-<pid>-<random>` in the destination's directory.
/// ``commit()`` flushes, `fsync`s and `rename(2)`s it over the destination (then `fsync`s the
/// directory); ``discard()`` — or deallocation without a commit — removes it. An existing file
/// at the destination keeps its permissions and is untouched until the rename.
public final class AtomicFileWriter {
    /// The final file name.
    public let destination: URL
    /// The temporary file being written.
    public let temporaryURL: URL
    /// Where to write the content.
    public let sink: FileDescriptorSink
    private var fileDescriptor: Int32
    private var isDone = false

    /// Creates the temporary file next to `destination`.
    public init(destination: URL) throws {
        self.destination = destination
        let directory = destination.deletingLastPathComponent()
        let name = ".\(destination.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: .min ... .max))"
        temporaryURL = directory.appendingPathComponent(name)
        let mode = Self.existingMode(of: destination) ?? 0o666
        fileDescriptor = open(temporaryURL.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fileDescriptor >= 0 else { throw SystemCalls.error("open", path: temporaryURL.path) }
        if Self.existingMode(of: destination) != nil { _ = fchmod(fileDescriptor, mode) }
        sink = FileDescriptorSink(fileDescriptor: fileDescriptor, path: temporaryURL.path)
    }

    deinit {
        if !isDone { discard() }
    }

    /// Makes the content durable and visible under ``destination``. On failure the temporary file is removed.
    public func commit() throws {
        precondition(!isDone, "commit() after commit() or discard()")
        do {
            try sink.flush()
            guard fsync(fileDescriptor) == 0 else { throw SystemCalls.error("fsync", path: temporaryURL.path) }
            let closed = close(fileDescriptor)
            fileDescriptor = -1
            guard closed == 0 else { throw SystemCalls.error("close", path: temporaryURL.path) }
            guard rename(temporaryURL.path, destination.path) == 0 else {
                throw SystemCalls.error("rename", path: destination.path)
            }
        } catch {
            discard()
            throw error
        }
        isDone = true
        syncDirectory()
    }

    /// Removes the temporary file; the destination stays as it was.
    public func discard() {
        isDone = true
        sink.abandon()
        if fileDescriptor >= 0 {
            close(fileDescriptor)
            fileDescriptor = -1
        }
        unlink(temporaryURL.path)
    }

    /// Makes the rename itself durable; a failure here cannot undo it, so it is not reported.
    private func syncDirectory() {
        let directory = open(destination.deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
        guard directory >= 0 else { return }
        fsync(directory)
        close(directory)
    }

    private static func existingMode(of url: URL) -> mode_t? {
        var status = stat()
        guard stat(url.path, &status) == 0 else { return nil }
        return status.st_mode & 0o7777
    }
}

/// Writes `url` atomically: `body` writes to the sink, and only if it returns normally does the
/// complete file replace `url`. If `body` or the commit throws, no file appears at `url`, an
/// existing one is untouched, and the temporary file is removed.
public func writeAtomically(to url: URL, _ body: (FileDescriptorSink) throws -> Void) throws {
    let writer = try AtomicFileWriter(destination: url)
    do {
        try body(writer.sink)
    } catch {
        writer.discard()
        throw error
    }
    try writer.commit()
}
