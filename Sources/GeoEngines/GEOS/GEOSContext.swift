import CGEOS

/// One GEOS reentrant context (`GEOS_init_r`), owned by one worker.
///
/// A context must be used by one thread at a time and never across an `await`; the type is therefore
/// not `Sendable`. GEOS error and notice messages are captured here and turned into `GEOSError`s by the
/// geometry operations, instead of being printed.
public final class GEOSContext {
    let handle: GEOSContextHandle_t
    private let messages: GEOSMessageBox

    /// Creates a context with its error and notice handlers installed.
    public init() {
        guard let h = GEOS_init_r() else { fatalError("GEOS_init_r returned NULL (out of memory)") }
        handle = h
        messages = GEOSMessageBox()
        let box = Unmanaged.passUnretained(messages).toOpaque()
        GEOSContext_setErrorMessageHandler_r(h, { message, userData in
            guard let message, let userData else { return }
            Unmanaged<GEOSMessageBox>.fromOpaque(userData).takeUnretainedValue().lastError = String(cString: message)
        }, box)
        GEOSContext_setNoticeMessageHandler_r(h, { message, userData in
            guard let message, let userData else { return }
            Unmanaged<GEOSMessageBox>.fromOpaque(userData).takeUnretainedValue().lastNotice = String(cString: message)
        }, box)
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// The GEOS library version string, e.g. `3.11.1-CAPI-1.17.1`.
    public static var version: String { String(cString: GEOSversion()) }

    /// Clears the captured message before a call, so an error names this call's failure only.
    func beginCall() {
        messages.lastError = nil
    }

    /// The error for a failed call: GEOS's own message when it gave one.
    func failure(_ operation: String) -> GEOSError {
        GEOSError(operation: operation, message: messages.lastError ?? "GEOS reported failure without a message")
    }
}

/// Where the C callbacks leave GEOS's messages; reached through the handler's user-data pointer.
final class GEOSMessageBox {
    var lastError: String?
    var lastNotice: String?
}

/// A failed GEOS operation, with GEOS's own message.
public struct GEOSError: Error, CustomStringConvertible, Equatable {
    /// The operation that failed, e.g. `buffer`.
    public var operation: String
    /// GEOS's message, e.g. `IllegalArgumentException: ...`.
    public var message: String

    /// An error for `operation` with GEOS's `message`.
    public init(operation: String, message: String) {
        self.operation = operation
        self.message = message
    }

    /// `GEOS <operation> failed: <message>`.
    public var description: String { "GEOS \(operation) failed: \(message)" }
}
