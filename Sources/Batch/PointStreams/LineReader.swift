import RouteModel
import Foundation

/// Reads a file (or standard input for "-") line by line in large blocks, without loading it whole.
/// Lines end at LF; a CR before it and a UTF-8 byte-order mark at the start are dropped. A line longer
/// than `maxLineBytes` is an error naming its number, so a file without line ends cannot grow memory
/// without bound.
public final class LineReader {
    /// The longest line accepted, bytes (1 MiB: far beyond any CSV row or GeoJSON feature line here).
    public static let maxLineBytes = 1 << 20
    /// The name used in messages ("stdin" for "-").
    public let name: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    /// 1-based number of the last line returned.
    public private(set) var lineNumber = 0
    /// Bytes handed out so far (lines with their line ends, or blocks), for progress.
    public private(set) var bytesConsumed = 0
    /// The input's size in bytes when it is a regular file (nil for stdin and pipes).
    public let totalBytes: Int?

    /// Opens `path` ("-" for standard input).
    public init(path: String) throws {
        if path == "-" {
            name = "stdin"
            handle = .standardInput
            totalBytes = nil
        } else {
            name = path
            if let problem = FileProblem.unreadable(path) { throw InputFileError(file: path, line: nil, field: nil, message: problem) }
            guard let h = FileHandle(forReadingAtPath: path) else {
                throw InputFileError(file: path, line: nil, field: nil, message: "cannot be opened for reading")
            }
            handle = h
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            totalBytes = attributes?[.type] as? FileAttributeType == .typeRegular ? (attributes?[.size] as? NSNumber)?.intValue : nil
        }
    }

    /// The fraction of the input handed out so far (0 … 1), when its size is known.
    public var fractionConsumed: Double? {
        guard let totalBytes, totalBytes > 0 else { return nil }
        return min(1, Double(bytesConsumed) / Double(totalBytes))
    }

    /// The next block of bytes as read, whatever lines it holds (what `nextLine` has buffered first),
    /// or nil at the end of input; for inputs that are not line-based. A UTF-8 byte-order mark at the
    /// start is dropped.
    public func nextBlock() throws -> ArraySlice<UInt8>? {
        if position >= buffer.count {
            buffer.removeAll(keepingCapacity: true)
            position = 0
            guard !atEnd, let block = try read(), !block.isEmpty else { atEnd = true; return nil }
            buffer.append(contentsOf: block)
        }
        var block = buffer[position...]
        position = buffer.count
        bytesConsumed += block.count
        if lineNumber == 0, bytesConsumed == block.count, block.starts(with: [0xEF, 0xBB, 0xBF]) { block = block.dropFirst(3) }
        lineNumber = max(lineNumber, 1)
        return block
    }

    /// The next line's bytes, or nil at the end of input.
    public func nextLine() throws -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 10) {
                var line = buffer[position..<newline]
                bytesConsumed += newline + 1 - position
                position = newline + 1
                return finish(&line)
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                var line = buffer[position...]
                bytesConsumed += buffer.count - position
                position = buffer.count
                return finish(&line)
            }
            buffer.removeFirst(position)
            position = 0
            guard buffer.count <= Self.maxLineBytes else {
                throw InputFileError(file: name, line: lineNumber + 1, field: nil,
                                     message: "is longer than \(Self.maxLineBytes) bytes without a line end (is this a line-based file?)")
            }
            let block = try read() ?? Data()
            if block.isEmpty { atEnd = true } else { buffer.append(contentsOf: block) }
        }
    }

    /// The next megabyte of input; a read error (e.g. EIO) names the file.
    private func read() throws -> Data? {
        do {
            return try handle.read(upToCount: 1 << 20)
        } catch {
            throw InputFileError(file: name, line: nil, field: nil, message: "cannot be read: \(FileProblem.reason(error))")
        }
    }

    private func finish(_ line: inout ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        lineNumber += 1
        if line.last == 13 { line = line.dropLast() }
        if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        return line
    }
}
