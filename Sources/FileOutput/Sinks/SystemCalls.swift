#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers that turn `errno` into ``FileOutputError``.
package enum SystemCalls {
    package static func error(_ operation: String, path: String?, code: Int32 = errno) -> FileOutputError {
        FileOutputError(operation: operation, path: path, code: code, reason: String(cString: strerror(code)))
    }

    /// Writes all of `bytes`, retrying after interrupts and short writes.
    package static func writeAll(_ bytes: UnsafeRawBufferPointer, to fileDescriptor: Int32, path: String?) throws(FileOutputError) {
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = write(fileDescriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                throw error("write", path: path)
            }
            next += written
            remaining -= written
        }
    }
}
