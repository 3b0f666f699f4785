import GeoEngines

/// One GPS fix of a trace, in the order the trace was recorded.
public struct TraceFix: Sendable {
    /// The fix's position, WGS84.
    public var point: GeoPoint
    /// Seconds on any consistent clock (e.g. Unix time), or nil when the trace has no times.
    public var time: Double?

    /// A fix at `point`, optionally at `time` seconds.
    public init(point: GeoPoint, time: Double? = nil) {
        self.point = point
        self.time = time
    }
}

/// Where a fix of a trace was matched on the route.
public struct MatchedFix: Sendable {
    /// The matched position (chainage, offset, side, line, km post), as `RouteSnapper.snap` gives it.
    public var snap: SnapResult
    /// The speed (km/h) along the route from the previous fix: chainage step over time step; nil for the
    /// first fix of a trace, without times, or after a jump.
    public var speedKmh: Double?
    /// True where the trace cannot be explained as a movement along the route from the previous fix
    /// (a gap too long for the step, an impossible speed, or no line within reach): the match starts
    /// afresh here.
    public var jump: Bool
}

/// How `TraceMatcher` weighs positions and steps.
public struct TraceMatchOptions: Sendable {
    /// Candidate positions: the nearest point of each pass of the line within this distance (m).
    public var radiusM = 300.0
    /// GPS error, standard deviation (m).
    public var gpsSigmaM = 25.0
    /// How far the distance along the route may differ from the straight distance between fixes (m),
    /// plus `curvature` of that distance, before a step is penalised by e (Newson & Krumm's β).
    public var stepToleranceM = 60.0
    /// Share of the straight distance added to the tolerance: tracks wind, so long steps differ more.
    public var curvature = 0.35
    /// Speeds above this (km/h) along the route, beyond what GPS error explains, cannot be explained.
    public var maxSpeedKmh = 200.0
    /// A step whose along-route distance differs from the straight one by more than this many
    /// tolerances is not explained: the fix is flagged as a jump.
    public var breakFactor = 40.0

    /// The defaults: train GPS fixes a few seconds apart, errors of tens of metres.
    public init() {}
}

/// Matches whole GPS traces to the route with a hidden Markov model (Newson & Krumm 2009): each fix's
/// candidates are the nearest points of every pass of the line within a radius (so both legs of a loop
/// are considered), emissions weigh the offset against the GPS error, transitions weigh how well the
/// distance along the route fits the straight distance between the fixes (and the speed fits a train),
/// and Viterbi picks the most likely sequence. Snapping each fix on its own jumps between legs where
/// the line folds back on itself; the matched sequence does not.
public final class TraceMatcher {
    private let snapper: RouteSnapper
    private let options: TraceMatchOptions

    /// A matcher using `engines`' PROJ context (one per worker).
    public init(route: Route, engines: WorkerEngines, options: TraceMatchOptions = TraceMatchOptions()) throws {
        snapper = try RouteSnapper(route: route, engines: engines)
        self.options = options
    }

    /// The matched positions of `fixes`, one for each, in the same order.
    public func match(_ fixes: [TraceFix]) throws -> [MatchedFix] {
        guard !fixes.isEmpty else { return [] }
        let candidates = try fixes.map { try snapper.candidates(near: $0.point, radiusM: options.radiusM) }
        var result: [MatchedFix] = []
        result.reserveCapacity(fixes.count)
        var start = 0
        while start < fixes.count {
            let (path, end) = viterbi(fixes, candidates, from: start)
            for (k, choice) in path.enumerated() {
                let i = start + k
                let snap = candidates[i][choice].result
                var speed: Double?
                if k > 0, let t1 = fixes[i - 1].time, let t2 = fixes[i].time, t2 > t1 {
                    speed = abs(snap.chainageKm - result[i - 1].snap.chainageKm) / ((t2 - t1) / 3600)
                }
                result.append(MatchedFix(snap: snap, speedKmh: speed, jump: k == 0 && start > 0))
            }
            start = end
        }
        return result
    }

    /// The most likely candidate sequence from fix `start` up to the first step that cannot be
    /// explained (exclusive), and where that chain ends.
    private func viterbi(_ fixes: [TraceFix], _ candidates: [[TraceCandidate]], from start: Int) -> ([Int], Int) {
        var score = candidates[start].map(emission)
        var back: [[Int]] = []
        var i = start + 1
        while i < fixes.count {
            let previous = candidates[i - 1], current = candidates[i]
            let straight = Geodesic.wgs84.distance(fixes[i - 1].point, fixes[i].point)
            let dt = fixes[i].time.flatMap { t in fixes[i - 1].time.map { t - $0 } }
            var next = [Double](repeating: -.infinity, count: current.count)
            var from = [Int](repeating: 0, count: current.count)
            var explained = false
            for (j, c) in current.enumerated() {
                for (k, p) in previous.enumerated() where score[k] > -.infinity {
                    guard let step = transition(p, c, straight: straight, seconds: dt) else { continue }
                    explained = true
                    let s = score[k] + step
                    if s > next[j] { next[j] = s; from[j] = k }
                }
                next[j] += emission(c)
            }
            guard explained else { break }
            score = next
            back.append(from)
            i += 1
        }
        var choice = score.indices.max { score[$0] < score[$1] }!
        var path = [choice]
        for step in back.reversed() {
            choice = step[choice]
            path.append(choice)
        }
        return (path.reversed(), i)
    }

    /// Gaussian in the offset up to 2σ, then linear (Huber): GPS errors have heavier tails than a
    /// Gaussian (multipath, canyons), and one far fix must not outweigh its neighbours' evidence.
    private func emission(_ c: TraceCandidate) -> Double {
        let z = c.result.offsetM / options.gpsSigmaM
        return z <= 2 ? -0.5 * z * z : -(2 * z - 2)
    }

    /// The log-likelihood of moving from `a` to `b`, or nil when the step cannot be explained.
    private func transition(_ a: TraceCandidate, _ b: TraceCandidate, straight: Double, seconds: Double?) -> Double? {
        let along = abs(b.alongM - a.alongM)
        let tolerance = options.stepToleranceM + options.curvature * straight
        let misfit = abs(along - straight)
        guard misfit <= options.breakFactor * tolerance else { return nil }
        var score = -misfit / tolerance
        if let seconds, seconds > 0 {
            // GPS error moves each fix by a few σ, so a short step may look fast: allow for it, and
            // weigh the rest as a Gaussian in σ (like the GPS error); far beyond, no train explains it.
            let excess = along - (options.maxSpeedKmh / 3.6 * seconds + 2 * options.gpsSigmaM)
            guard excess <= options.breakFactor * options.gpsSigmaM else { return nil }
            if excess > 0 {
                let z = excess / options.gpsSigmaM
                score -= 0.5 * z * z
            }
        }
        return score
    }
}

/// A candidate position of one fix: the nearest point of one pass of the line.
struct TraceCandidate {
    var result: SnapResult
    /// Distance along the modelled line from its start (m).
    var alongM: Double
}
