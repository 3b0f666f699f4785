import GeoEngines

/// Dijkstra's search over the track graph in which a state is a half-edge (the node reached and the
/// heading it was reached with), so a path can only continue where the heading changes by less than
/// `maxTurnDegrees`: never back along the way it came, nor through a switch into a track that leads
/// back (no reversal in a yard).
struct TrackSearch {
    let graph: TrackGraph
    /// Largest change of heading allowed at a node, degrees.
    var maxTurnDegrees = 90.0

    /// Settled states: cost (m from the start) and predecessor for each half-edge; the root half-edge
    /// each state was reached from (the start's first move); and the half-edges in settling order.
    struct Tree {
        var cost: [Double]
        var previous: [Int]
        var root: [Int]
        var settled: [Int] = []

        /// The half-edges from the root to `h`, in travel order.
        func chain(to h: Int) -> [Int] {
            var result = [h]
            while previous[result.last!] >= 0 { result.append(previous[result.last!]) }
            return result.reversed()
        }
    }

    /// The first moves from an attachment: along its edge toward `b` (half-edge 2e) and toward `a`
    /// (2e+1), each with the distance to the node reached; only those within 90° of `heading` if given.
    func starts(from p: TrackAttachment, heading: XY?) -> [(h: Int, cost: Double)] {
        let e = p.edge, length = graph.edges[e].lengthM
        return [(2 * e, (1 - p.fraction) * length), (2 * e + 1, p.fraction * length)].filter { move in
            heading.map { graph.allowsTurn(from: $0, to: graph.direction(move.h), maxTurnDegrees: maxTurnDegrees) } ?? true
        }
    }

    /// Expands from `starts` until costs exceed `bound`, or `shouldStop(cost)` says the rest cannot help.
    func expand(from starts: [(h: Int, cost: Double)], bound: Double, visit: (Int, Double) -> Void = { _, _ in },
                shouldStop: (Double) -> Bool = { _ in false }) -> Tree {
        let count = 2 * graph.edges.count
        var tree = Tree(cost: [Double](repeating: .infinity, count: count), previous: [Int](repeating: -1, count: count),
                        root: [Int](repeating: -1, count: count))
        var heap = MinHeap()
        for start in starts where start.cost < tree.cost[start.h] {
            tree.cost[start.h] = start.cost
            tree.root[start.h] = start.h
            heap.push(start.cost, start.h)
        }
        var done = [Bool](repeating: false, count: count)
        while let (cost, h) = heap.pop() {
            if done[h] { continue }
            if cost > bound || shouldStop(cost) { break }
            done[h] = true
            tree.settled.append(h)
            visit(h, cost)
            let heading = graph.direction(h)
            for g in graph.outgoing[graph.to(h)] where g != graph.reversed(h) && !done[g] {
                guard graph.allowsTurn(from: heading, to: graph.direction(g), maxTurnDegrees: maxTurnDegrees) else { continue }
                let next = cost + graph.edges[g >> 1].lengthM
                if next < tree.cost[g] {
                    tree.cost[g] = next
                    tree.previous[g] = h
                    tree.root[g] = tree.root[h]
                    heap.push(next, g)
                }
            }
        }
        return tree
    }
}
