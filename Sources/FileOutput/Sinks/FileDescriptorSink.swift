import Foundation

/// Writes to an open file descriptor through a 64 KiB buffer. The sink never closes the descriptor.
///
/// Call ``flush()`` (``GeoJSONStreamWriter/finish()`` does): bytes still buffered when the sink
/// is deallocated are dropped, because the descriptor may already be closed and reused.
public final class FileDescriptorSink: ByteSink {
    /// The buffer size: large enough to make system calls rare, small enough not to matter.
    public static let bufferCapacity = 64 * 1024

    /// The descriptor written to.
    public private(set) var fileDescriptor: Int32
    private let pathForErrors: String?
    private var buffer: [UInt8] = []

    /// Creates a sink over `fileDescriptor`; `path` only names the file in error messages.
    public init(fileDescriptor: Int32, path: String? = nil) {
        self.fileDescriptor = fileDescriptor
        pathForErrors = path
        buffer.reserveCapacity(Self.bufferCapacity)
    }

    /// Creates a sink over a `FileHandle`'s descriptor; the handle must outlive the sink.
    public convenience init(fileHandle: FileHandle) {
        self.init(fileDescriptor: fileHandle.fileDescriptor)
    }

    /// A sink over standard output (descriptor 1), for the CLI's `-` destination.
    public static func standardOutput() -> FileDescriptorSink {
        FileDescriptorSink(fileDescriptor: 1, path: "<stdout>")
    }

    /// Buffers `bytes`, writing the buffer out whenever it would overflow; large writes bypass it.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > Self.bufferCapacity {
            try flush()
        }
        if bytes.count >= Self.bufferCapacity {
            try SystemCalls.writeAll(bytes, to: fileDescriptor, path: pathForErrors)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Drops buffered bytes and refuses further writes, for an owner about to close the descriptor.
    func abandon() {
        buffer.removeAll()
        fileDescriptor = -1
    }

    /// Writes out the buffer.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes { bytes in
            try SystemCalls.writeAll(bytes, to: fileDescriptor, path: pathForErrors)
        }
    }
}
