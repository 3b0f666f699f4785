import CPROJ

/// One PROJ context (`proj_context_create`) owned by one worker, with its transformers cached.
///
/// Network access is off (the product works offline) and PROJ's log goes into this object instead of
/// stderr, so that CLI output stays clean; the last message explains a failure. Not `Sendable`: a
/// `PJ_CONTEXT` must be used by one thread at a time and never across an `await`.
public final class ProjContext {
    /// The C context and its log, shared with every transformer made here so that each keeps it alive.
    let core: ProjContextCore
    var handle: OpaquePointer { core.handle }
    private var log: ProjLogBox { core.log }
    private var transformers: [String: ProjTransformer] = [:]
    /// Cache keys oldest first; the cache keeps at most `cacheLimit` transformers, so one-off
    /// projections (an incident-centred one per incident in a batch) cannot grow memory without bound.
    private var cacheOrder: [String] = []
    private let cacheLimit = 32

    /// Creates a context with network access disabled and logging captured.
    public init() {
        core = ProjContextCore()
    }

    /// The PROJ library version, e.g. `9.1.1`.
    public static var version: String {
        let info = proj_info()
        return String(cString: info.version)
    }

    /// A transformer from `source` to `target` CRS (any PROJ definition: `EPSG:4326`, a proj-string…),
    /// axis order normalised to longitude/easting first. Created once per context and cached, since
    /// creation costs milliseconds.
    public func transformer(from source: String, to target: String) throws -> ProjTransformer {
        let key = source + "\u{1F}" + target
        if let cached = transformers[key] { return cached }
        log.last = nil
        guard let raw = proj_create_crs_to_crs(handle, source, target, nil) else {
            throw ProjError(operation: "create transformer \(source) → \(target)", message: log.last)
        }
        defer { proj_destroy(raw) }
        guard let normalised = proj_normalize_for_visualization(handle, raw) else {
            throw ProjError(operation: "normalise axis order \(source) → \(target)", message: log.last)
        }
        return remember(ProjTransformer(normalised, core: core), key: key)
    }

    /// A coordinate operation from a PROJ pipeline string (no database lookup: about a hundred
    /// microseconds to create, where `proj_create_crs_to_crs` takes milliseconds). Cached like the rest.
    public func pipeline(_ definition: String) throws -> ProjTransformer {
        if let cached = transformers[definition] { return cached }
        log.last = nil
        guard let raw = proj_create(handle, definition) else {
            throw ProjError(operation: "create operation \(definition)", message: log.last)
        }
        return remember(ProjTransformer(raw, core: core), key: definition)
    }

    private func remember(_ transformer: ProjTransformer, key: String) -> ProjTransformer {
        if transformers.count >= cacheLimit, let oldest = cacheOrder.first {
            cacheOrder.removeFirst()
            transformers[oldest] = nil
        }
        transformers[key] = transformer
        cacheOrder.append(key)
        return transformer
    }

    /// A transverse Mercator projection centred on `meridian`, in metres on WGS84, from WGS84 lon/lat.
    /// routemap uses one per route as its planar frame for indexing and metric geometry.
    public func transverseMercator(centralMeridian meridian: Double) throws -> ProjTransformer {
        try transformer(from: "EPSG:4326", to: "+proj=tmerc +lat_0=0 +lon_0=\(meridian) +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs")
    }

    /// An azimuthal equidistant projection centred on `centre`: distances from the centre are true, so
    /// buffers of radius r around the centre are metric circles.
    public func azimuthalEquidistant(centredOn centre: GeoPoint) throws -> ProjTransformer {
        try pipeline("+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step +proj=aeqd +lat_0=\(centre.lat) +lon_0=\(centre.lon) +x_0=0 +y_0=0 +ellps=WGS84")
    }

    /// How many transformers the cache holds (for tests).
    var cachedTransformerCount: Int { transformers.count }
}

/// Owns one `PJ_CONTEXT` and the box its log callback writes to. The context and every transformer
/// made in it hold this strongly, so the C context outlives each `PJ` created in it (destroying a
/// context before its operations is a use-after-free inside PROJ).
final class ProjContextCore {
    let handle: OpaquePointer
    let log = ProjLogBox()

    init() {
        guard let h = proj_context_create() else { fatalError("proj_context_create returned NULL (out of memory)") }
        handle = h
        proj_context_set_enable_network(h, 0)
        proj_log_level(h, PJ_LOG_ERROR)
        proj_log_func(h, Unmanaged.passUnretained(log).toOpaque()) { userData, _, message in
            guard let userData, let message else { return }
            Unmanaged<ProjLogBox>.fromOpaque(userData).takeUnretainedValue().last = String(cString: message)
        }
    }

    deinit {
        proj_context_destroy(handle)
    }
}

/// Where the C log callback leaves PROJ's last message.
final class ProjLogBox {
    var last: String?
}

/// A failed PROJ operation, with the message PROJ logged (its error codes alone are not informative).
public struct ProjError: Error, CustomStringConvertible, Equatable {
    /// What PROJ was asked to do, e.g. `forward transform of (67.0, 30.2)`.
    public var operation: String
    /// The last message PROJ logged, nil when it logged none.
    public var message: String?

    /// An error for `operation`, with PROJ's logged `message` if any.
    public init(operation: String, message: String?) {
        self.operation = operation
        self.message = message
    }

    /// `PROJ <operation> failed`, followed by PROJ's message when there is one.
    public var description: String { "PROJ \(operation) failed" + (message.map { ": \($0)" } ?? "") }
}
