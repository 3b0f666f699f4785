/// Where written GeoJSON bytes go. Sinks are reference types because they own buffers or
/// file descriptors; they are used from one task at a time.
public protocol ByteSink: AnyObject {
    /// Takes `bytes`; a buffering sink may hold them until ``flush()``.
    func write(_ bytes: UnsafeRawBufferPointer) throws
    /// Passes on everything buffered so far.
    func flush() throws
}

extension ByteSink {
    /// Writes the UTF-8 bytes of `text`.
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Writes `bytes`.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }
}
