import GeoEngines

/// Finds the track path between two consecutive stops (station attachments): the shortest path along
/// the track that keeps the train's heading; where the track has a gap (no path, or only a detour far
/// longer than the km posts allow), the cheapest path with one straight connector, a connector metre
/// costing `connectorFactor` track metres plus `connectorFixedM`, so a connector wins only over a real detour.
struct SectionRouter {
    let graph: TrackGraph
    var search: TrackSearch
    var connectorFactor = 3.0
    var connectorFixedM = 300.0
    /// Largest heading change where a connector leaves or joins the track, and across it.
    var connectorTurnDegrees = 60.0

    init(graph: TrackGraph) {
        self.graph = graph
        search = TrackSearch(graph: graph)
    }

    /// How a path step is reached from the previous one.
    enum Via: Equatable {
        case edge(Int)
        case connector
    }

    /// A point of the path and how it is reached from the previous point.
    struct Step {
        var xy: XY
        var geo: GeoPoint
        var via: Via
    }

    /// The path from one stop to the next (the start excluded, the end included), the heading the
    /// train has when it leaves the end, and whether a connector was needed.
    struct Section {
        var steps: [Step]
        var departure: XY
        var costM: Double

        /// Whether a straight connector bridges a gap somewhere in it.
        var usesConnector: Bool { steps.contains { $0.via == .connector } }

        /// The graph edges it runs along.
        var edges: Set<Int> {
            Set(steps.compactMap { step in if case .edge(let e) = step.via { e } else { nil } })
        }

        /// Length (m) of its opening steps that run back along `earlier` edges (a reversal's retraced stretch).
        func retracedLength(over earlier: Set<Int>, graph: TrackGraph, from start: XY) -> Double {
            var length = 0.0, previous = start
            for step in steps {
                guard case .edge(let e) = step.via, earlier.contains(e) else { break }
                length += previous.distance(to: step.xy)
                previous = step.xy
            }
            return length
        }
    }

    /// Routes from `p` (left with `heading`, if given) to `q`; `expectedM` is the km-post distance.
    func route(from p: TrackAttachment, heading: XY?, to q: TrackAttachment, expectedM: Double) -> Section? {
        let scale = max(expectedM, p.xy.distance(to: q.xy))
        let acceptable = 1.3 * scale + 3_000
        let bound = 1.5 * scale + 5_000
        let direct = trackOnly(from: p, heading: heading, to: q, bound: bound)
        if let direct, direct.costM <= acceptable { return direct }
        return withConnector(from: p, heading: heading, to: q, bound: bound, better: direct) ?? direct
    }

    // MARK: track only

    private func trackOnly(from p: TrackAttachment, heading: XY?, to q: TrackAttachment, bound: Double) -> Section? {
        let t = q.edge, lengthT = graph.edges[t].lengthM
        let starts = search.starts(from: p, heading: heading)
        var best: (cost: Double, last: Int?, departure: Int)?
        if p.edge == t {
            for start in starts {
                let ahead = start.h & 1 == 0 ? q.fraction >= p.fraction : q.fraction <= p.fraction
                if ahead { best = (abs(q.fraction - p.fraction) * lengthT, nil, start.h) }
            }
        }
        let tree = search.expand(from: starts, bound: bound, visit: { h, cost in
            let v = graph.to(h)
            for (node, leave, rest) in [(graph.edges[t].a, 2 * t, q.fraction * lengthT), (graph.edges[t].b, 2 * t + 1, (1 - q.fraction) * lengthT)]
            where v == node && graph.allowsTurn(from: graph.direction(h), to: graph.direction(leave), maxTurnDegrees: search.maxTurnDegrees) {
                if cost + rest < best?.cost ?? .infinity { best = (cost + rest, h, leave) }
            }
        }, shouldStop: { cost in cost >= best?.cost ?? .infinity })
        guard let best else { return nil }
        var steps = best.last.map { forwardSteps(tree.chain(to: $0)) } ?? []
        steps.append(Step(xy: q.xy, geo: q.geo, via: .edge(t)))
        return Section(steps: steps, departure: graph.direction(best.departure), costM: best.cost)
    }

    /// Steps along a chain of half-edges, each reaching the half-edge's end node.
    private func forwardSteps(_ chain: [Int]) -> [Step] {
        chain.map { h in Step(xy: graph.xy[graph.to(h)], geo: graph.geo[graph.to(h)], via: .edge(h >> 1)) }
    }

    // MARK: one connector

    private func withConnector(from p: TrackAttachment, heading: XY?, to q: TrackAttachment, bound: Double, better current: Section?) -> Section? {
        let forward = search.expand(from: search.starts(from: p, heading: heading), bound: bound)
        let backward = search.expand(from: search.starts(from: q, heading: nil), bound: bound)
        let fromNodes = cheapestPerNode(forward), toNodes = cheapestPerNode(backward)
        // A gap means the track ends on at least one side: a connector leaves from a dead end (or the
        // start) or arrives at one (or the end). Backward states reach a node heading away from q; the
        // path through it heads the opposite way.
        let fromList = Array(fromNodes.keys), toList = Array(toNodes.keys)
        let fromGrid = NodeGrid(fromList.map { graph.xy[$0] }, cellSize: 1_000)
        let toGrid = NodeGrid(toList.map { graph.xy[$0] }, cellSize: 1_000)
        func isDeadEnd(_ n: Int) -> Bool { graph.outgoing[n].count == 1 }
        func outgoingAt(_ y: Int) -> XY { let d = graph.direction(toNodes[y]!); return XY(-d.x, -d.y) }

        var best: (cost: Double, x: Int?, y: Int?, connector: Bool)? = current.map { ($0.costM, nil, nil, false) }
        func offer(x: Int?, inX: XY?, xy: XY, costX: Double, y: Int?, outY: XY?, yxy: XY, costY: Double) {
            let length = xy.distance(to: yxy)
            let cost = costX + costY + connectorFactor * length + connectorFixedM
            guard cost < best?.cost ?? .infinity else { return }
            let c = unit(from: xy, to: yxy)
            if let inX, !graph.allowsTurn(from: inX, to: c, maxTurnDegrees: connectorTurnDegrees) { return }
            if let outY, !graph.allowsTurn(from: c, to: outY, maxTurnDegrees: connectorTurnDegrees) { return }
            if let inX, let outY, !graph.allowsTurn(from: inX, to: outY, maxTurnDegrees: search.maxTurnDegrees) { return }
            best = (cost, x, y, true)
        }
        func reach(_ cost: Double) -> Double { ((best?.cost ?? 2 * bound) - cost - connectorFixedM) / connectorFactor }
        // From the start or a dead end ahead, to the end or any node behind it.
        var origins: [(x: Int?, inX: XY?, xy: XY, cost: Double)] = [(nil, heading, p.xy, 0)]
        origins += fromList.filter(isDeadEnd).map { x in (x, graph.direction(fromNodes[x]!), graph.xy[x], forward.cost[fromNodes[x]!]) }
        for o in origins {
            offer(x: o.x, inX: o.inX, xy: o.xy, costX: o.cost, y: nil, outY: nil, yxy: q.xy, costY: 0)
            let r = reach(o.cost)
            guard r > 0 else { continue }
            for k in toGrid.candidates(near: o.xy, within: r) {
                let y = toList[k]
                offer(x: o.x, inX: o.inX, xy: o.xy, costX: o.cost, y: y, outY: outgoingAt(y), yxy: graph.xy[y], costY: backward.cost[toNodes[y]!])
            }
        }
        // From any node ahead to a dead end behind the end.
        for y in toList where isDeadEnd(y) {
            let costY = backward.cost[toNodes[y]!], outY = outgoingAt(y)
            let r = reach(costY)
            guard r > 0 else { continue }
            for k in fromGrid.candidates(near: graph.xy[y], within: r) {
                let x = fromList[k], hX = fromNodes[x]!
                offer(x: x, inX: graph.direction(hX), xy: graph.xy[x], costX: forward.cost[hX], y: y, outY: outY, yxy: graph.xy[y], costY: costY)
            }
        }

        guard let best, best.connector else { return current }
        var steps = best.x.map { forwardSteps(forward.chain(to: fromNodes[$0]!)) } ?? []
        let departure: XY
        if let y = best.y {
            steps.append(Step(xy: graph.xy[y], geo: graph.geo[y], via: .connector))
            let chain = backward.chain(to: toNodes[y]!)
            // Walk the backward chain in reverse: from y back to q.
            for i in stride(from: chain.count - 1, to: 0, by: -1) {
                let node = graph.to(chain[i - 1])
                steps.append(Step(xy: graph.xy[node], geo: graph.geo[node], via: .edge(chain[i] >> 1)))
            }
            steps.append(Step(xy: q.xy, geo: q.geo, via: .edge(q.edge)))
            let root = graph.direction(chain[0])
            departure = XY(-root.x, -root.y)
        } else {
            steps.append(Step(xy: q.xy, geo: q.geo, via: .connector))
            let arrival = unit(from: steps.count > 1 ? steps[steps.count - 2].xy : p.xy, to: q.xy)
            let alongB = graph.direction(2 * q.edge)
            departure = arrival.x * alongB.x + arrival.y * alongB.y >= 0 ? alongB : XY(-alongB.x, -alongB.y)
        }
        return Section(steps: steps, departure: departure, costM: best.cost)
    }

    /// For each node reached, the half-edge reaching it most cheaply.
    private func cheapestPerNode(_ tree: TrackSearch.Tree) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for h in tree.settled {
            let v = graph.to(h)
            if let known = result[v], tree.cost[known] <= tree.cost[h] { continue }
            result[v] = h
        }
        return result
    }
}
