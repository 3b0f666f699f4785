import Dispatch
import GeoEngines
import Synchronization

/// Snaps a large point set on several workers at once, each with its own `WorkerEngines` (PROJ and
/// GEOS contexts are never shared between threads).
public enum ParallelSnapping {
    /// Snap results for every point, in input order; points whose projection fails come back nil.
    /// - Parameter jobs: number of workers (the input is split into that many contiguous chunks).
    public static func snap(route: Route, lons: [Double], lats: [Double], jobs: Int) throws -> [SnapResult?] {
        precondition(lons.count == lats.count, "lons and lats differ in length")
        let count = lons.count
        let workers = max(1, min(jobs, max(1, count / 1024)))
        var results = [SnapResult?](repeating: nil, count: count)
        let failure = FirstError()
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                let start = count * w / workers, end = count * (w + 1) / workers
                do {
                    let engines = WorkerEngines()
                    let snapper = try RouteSnapper(route: route, engines: engines)
                    snapper.snapMany(lons: Array(lons[start..<end]), lats: Array(lats[start..<end])) { i, result in
                        output[start + i] = result
                    }
                } catch {
                    failure.record(error)
                }
            }
        }
        if let error = failure.error { throw error }
        return results
    }
}

/// The first error any worker met.
private final class FirstError: Sendable {
    private let stored = Mutex<String?>(nil)

    func record(_ error: Error) { stored.withLock { if $0 == nil { $0 = "\(error)" } } }
    var error: Error? { stored.withLock { $0 }.map { ParallelSnappingError(message: $0) } }
}

/// A worker's failure, carried across threads as its message.
public struct ParallelSnappingError: Error, CustomStringConvertible {
    /// The worker's error, as text.
    public var message: String

    /// A failure described by `message`.
    public init(message: String) {
        self.message = message
    }
    /// The message.
    public var description: String { message }
}
