import Foundation

/// Why a path cannot be used, in plain words, instead of Foundation's error domains and codes
/// (`NSCocoaErrorDomain error 256`, `Code=513`…).
public enum FileProblem {
    /// Why `path` cannot be read as an input file, or nil when it can be opened: it does not exist, is a
    /// folder, or cannot be read (permissions). FIFOs and character devices are readable inputs.
    public static func unreadable(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return errno == ENOENT ? "no such file" : "cannot be read: \(describe(errno))" }
        if info.st_mode & S_IFMT == S_IFDIR { return "is a folder, not a file" }
        guard access(path, R_OK) == 0 else { return "cannot be read: \(describe(errno))" }
        return nil
    }

    /// A read or write error in plain words: the POSIX reason when Foundation wraps one.
    public static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return describe(Int32(nsError.code)) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return describe(Int32(underlying.code))
        }
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return "no such file or folder"
            case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
            case NSFileWriteFileExistsError: return "a file with that name is in the way"
            case NSFileWriteOutOfSpaceError: return "no space left on the device"
            case NSFileWriteVolumeReadOnlyError: return "the file system is read-only"
            case NSFileReadCorruptFileError, NSFileReadInapplicableStringEncodingError: return "is not readable text"
            default: break
            }
        }
        return nsError.localizedDescription
    }

    /// `strerror` in lower case, e.g. `permission denied`.
    public static func describe(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
