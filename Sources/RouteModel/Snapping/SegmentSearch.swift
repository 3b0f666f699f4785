import GeoEngines

/// One worker's nearest-segment searcher over a `SegmentTree`: its scratch heap, and a coarse grid over
/// the line's extent (plus a margin) remembering, per cell, the segment nearest to the cell's centre.
/// That segment gives each query a close first bound, so the best-first search pushes only the few
/// nodes nearer than it; cells are filled on first use, so making a searcher costs nothing.
/// Not thread-safe: one per worker.
final class SegmentSearch {
    private let tree: SegmentTree
    private let planar: [XY]
    private var keys: UnsafeMutablePointer<Double>
    private var codes: UnsafeMutablePointer<Int32>
    private let capacity: Int
    private var cellSegment: [Int32]
    private let originX: Double, originY: Double, cellSize: Double
    private static let cells = 128

    init(tree: SegmentTree, planar: [XY]) {
        self.tree = tree
        self.planar = planar
        capacity = tree.boxes.count * SegmentTree.fanout + 8
        keys = .allocate(capacity: capacity)
        codes = .allocate(capacity: capacity)
        let e = tree.extent
        let span = max(e.maxX - e.minX, e.maxY - e.minY, 1) * 1.5
        cellSize = span / Double(Self.cells)
        originX = (e.minX + e.maxX) / 2 - span / 2
        originY = (e.minY + e.maxY) / 2 - span / 2
        cellSegment = [Int32](repeating: -1, count: Self.cells * Self.cells)
    }

    deinit {
        keys.deallocate()
        codes.deallocate()
    }

    /// The nearest segment to `p` (the lowest index among equally near ones), the fraction of the foot
    /// along it and the squared distance, searching best-first from a first bound: the nearer of the
    /// segment remembered for `p`'s cell and `hint` (e.g. the previous point's segment).
    func nearest(to p: XY, hint: Int?) -> (segment: Int, fraction: Double, distance2: Double) {
        planar.withUnsafeBufferPointer { vertices in
            tree.boxes.withUnsafeBufferPointer { boxes in
                tree.levelStart.withUnsafeBufferPointer { levelStart in
                    search(p, start: startSegment(p, vertices, boxes, levelStart), hint: hint, vertices, boxes, levelStart)
                }
            }
        }
    }

    private func startSegment(_ p: XY, _ vertices: UnsafeBufferPointer<XY>, _ boxes: UnsafeBufferPointer<SegmentTree.Box>,
                              _ levelStart: UnsafeBufferPointer<Int>) -> Int {
        let c = min(max(Int((p.x - originX) / cellSize), 0), Self.cells - 1)
        let r = min(max(Int((p.y - originY) / cellSize), 0), Self.cells - 1)
        let k = r * Self.cells + c
        if cellSegment[k] >= 0 { return Int(cellSegment[k]) }
        let centre = XY(originX + (Double(c) + 0.5) * cellSize, originY + (Double(r) + 0.5) * cellSize)
        let found = search(centre, start: 0, hint: nil, vertices, boxes, levelStart).segment
        cellSegment[k] = Int32(found)
        return found
    }

    private func search(_ p: XY, start: Int, hint: Int?, _ vertices: UnsafeBufferPointer<XY>, _ boxes: UnsafeBufferPointer<SegmentTree.Box>,
                        _ levelStart: UnsafeBufferPointer<Int>) -> (segment: Int, fraction: Double, distance2: Double) {
        let fanout = SegmentTree.fanout, segmentCount = tree.segmentCount
        var best = min(max(start, 0), segmentCount - 1)
        var (bestT, bestD2) = RouteSnapper.project(p, vertices[best], vertices[best + 1])
        if let hint, hint >= 0, hint < segmentCount {
            let (t, d2) = RouteSnapper.project(p, vertices[hint], vertices[hint + 1])
            if d2 < bestD2 { best = hint; bestT = t; bestD2 = d2 }
        }
        var count = 0
        let top = levelStart.count - 2
        // Heap entries: key = squared box distance, code = level << 24 | node.
        func push(_ key: Double, _ code: Int32) {
            var i = count
            count += 1
            while i > 0 {
                let parent = (i - 1) >> 1
                guard keys[parent] > key else { break }
                keys[i] = keys[parent]
                codes[i] = codes[parent]
                i = parent
            }
            keys[i] = key
            codes[i] = code
        }
        func popTop() {
            count -= 1
            let key = keys[count], code = codes[count]
            var i = 0
            while true {
                let l = 2 * i + 1
                guard l < count else { break }
                let m = l + 1 < count && keys[l + 1] < keys[l] ? l + 1 : l
                guard keys[m] < key else { break }
                keys[i] = keys[m]
                codes[i] = codes[m]
                i = m
            }
            keys[i] = key
            codes[i] = code
        }
        let root = boxes[levelStart[top]]
        push(root.lowerBound2(p, boxDistance2: root.distance2(p)), Int32(top << 24))
        while count > 0 {
            let d2 = keys[0], code = Int(codes[0])
            if d2 > bestD2 { break }
            popTop()
            let level = code >> 24, node = code & 0xFF_FFFF
            let first = node * fanout
            if level == 0 {
                for s in first..<min(first + fanout, segmentCount) {
                    let (t, sd2) = RouteSnapper.project(p, vertices[s], vertices[s + 1])
                    if sd2 < bestD2 || (sd2 == bestD2 && s < best) { bestD2 = sd2; best = s; bestT = t }
                }
            } else {
                let below = levelStart[level - 1], nodes = levelStart[level] - below
                for child in first..<min(first + fanout, nodes) {
                    let box = boxes[below + child]
                    let bd2 = box.distance2(p)
                    guard bd2 <= bestD2 else { continue }
                    let lower = box.lowerBound2(p, boxDistance2: bd2)
                    if lower <= bestD2 { push(lower, Int32((level - 1) << 24 | child)) }
                }
            }
        }
        return (best, bestT, bestD2)
    }
}
