import Foundation

/// One row of the bad-input catalogue: a command line run through the real binary in a fresh scratch
/// folder, the fixtures it needs, and what must come out. `$D` in an argument is the scratch folder.
struct BadInputCase: Sendable, CustomStringConvertible {
    /// What is wrong, in words (the test's name).
    var name: String
    var arguments: [String]
    /// Regular files to create first (path relative to the scratch folder → bytes).
    var files: [String: Data] = [:]
    /// Folders to create first.
    var folders: [String] = []
    /// FIFOs to create first (relative path → the bytes a writer feeds them while the command runs).
    var fifos: [String: Data] = [:]
    var stdin: Data? = nil
    /// The exact exit status.
    var exit: Int32
    /// Text the one stderr line must contain: the argument, file, line or JSON path, and the problem.
    var names: [String]
    /// A successful run (exit 0 or 3) may print on stdout; a failure must not, except `validate`'s report.
    var reportOnStdout = false

    var description: String { name }

    /// `$D` replaced by `folder`.
    func arguments(in folder: URL) -> [String] {
        arguments.map { $0.replacingOccurrences(of: "$D", with: folder.path) }
    }
}

extension BadInputCase {
    /// A failure: exit 2 unless given, one stderr line containing `names`.
    init(_ name: String, _ arguments: [String], exit: Int32 = 2, names: String..., files: [String: Data] = [:],
         folders: [String] = [], fifos: [String: Data] = [:], stdin: Data? = nil, reportOnStdout: Bool = false) {
        self.init(name: name, arguments: arguments, files: files, folders: folders, fifos: fifos, stdin: stdin, exit: exit,
                  names: names, reportOnStdout: reportOnStdout)
    }
}

/// Bytes for fixtures.
extension Data {
    static func text(_ s: String) -> Data { Data(s.utf8) }
}

/// Every entry below a folder, for before/after comparison: regular files by content, other entries
/// (folders, FIFOs, links) by type, so a snapshot never opens a FIFO.
enum FolderSnapshot {
    static func take(_ folder: URL) -> [String: String] {
        var result: [String: String] = [:]
        let base = folder.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return result }
        while let relative = walker.nextObject() as? String {
            let path = base + "/" + relative
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                let data = FileManager.default.contents(atPath: path) ?? Data()
                result[relative] = "file \(data.count) bytes, fnv \(fnv(data)), mode \(String(info.st_mode & 0o7777, radix: 8))"
            case S_IFDIR: result[relative] = "folder"
            case S_IFIFO: result[relative] = "fifo"
            default: result[relative] = "other \(info.st_mode & S_IFMT)"
            }
        }
        return result
    }

    private static func fnv(_ data: Data) -> UInt64 {
        data.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}

/// Feeds a FIFO from a background thread while a command runs; `finish` unblocks a writer whose
/// reader never came (the command failed before opening it).
final class FIFOFeeder: @unchecked Sendable {
    private let path: String
    private let done = DispatchSemaphore(value: 0)

    init(path: String, bytes: Data) {
        self.path = path
        Thread.detachNewThread { [path, done] in
            let fd = open(path, O_WRONLY)
            if fd >= 0 {
                bytes.withUnsafeBytes { _ = write(fd, $0.baseAddress, $0.count) }
                close(fd)
            }
            done.signal()
        }
    }

    func finish() {
        let reader = open(path, O_RDONLY | O_NONBLOCK)
        done.wait()
        if reader >= 0 { close(reader) }
    }
}
