/// The C engines one worker owns: a GEOS context and a PROJ context, created together and never
/// shared between threads at once. Batch work gives each task its own `WorkerEngines`.
public final class WorkerEngines {
    /// Topology and buffers (GEOS).
    public let geos: GEOSContext
    /// CRS transforms (PROJ), transformers cached per context.
    public let proj: ProjContext

    /// Creates both contexts.
    public init() {
        geos = GEOSContext()
        proj = ProjContext()
    }
}
