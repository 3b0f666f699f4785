import GeoEngines

/// A packed R-tree over the route's segments in its planar (transverse Mercator) frame, for nearest-
/// segment queries whose cost does not grow with the point's distance from the line.
///
/// Leaves hold `fanout` consecutive segments — the line's own order is already spatially coherent, so
/// no sorting is needed and building is linear (microseconds for tens of thousands of vertices) — and
/// each level above groups `fanout` consecutive nodes of the level below. A query is a best-first
/// search: nodes come off a small heap in order of their box's distance to the point, and the search
/// stops when the nearest box left is farther than the nearest segment found, so it visits only the
/// nodes that could hold the answer, wherever the point is.
///
/// Why not GEOS: `GEOSProject_r` scans every vertex per call and a GEOS STRtree query goes through a C
/// callback per hit; Scripts/bench measures this tree against shapely's STRtree on the same line.
struct SegmentTree: Sendable {
    static let fanout = 8

    /// A node's bounds, metres: its bounding box, and a capsule — the chord from the node's first to its
    /// last vertex, widened by the farthest any of its vertices lies from that chord. Both hold every
    /// segment of the node; far from the line the capsule is the much tighter of the two (a box sticks
    /// out at its corners where the line runs diagonally).
    struct Box: Sendable {
        var minX, minY, maxX, maxY: Double
        var ax = 0.0, ay = 0.0, bx = 0.0, by = 0.0, radius = 0.0

        /// Squared distance from `p` to the box (0 inside).
        @inline(__always)
        func distance2(_ p: XY) -> Double {
            let dx = max(minX - p.x, 0, p.x - maxX), dy = max(minY - p.y, 0, p.y - maxY)
            return dx * dx + dy * dy
        }

        /// A lower bound of the squared distance from `p` to any segment of the node: the larger of the
        /// box's and the capsule's, given the box's (`boxDistance2`).
        @inline(__always)
        func lowerBound2(_ p: XY, boxDistance2: Double) -> Double {
            let dx = bx - ax, dy = by - ay
            let len2 = dx * dx + dy * dy
            var t = len2 > 0 ? ((p.x - ax) * dx + (p.y - ay) * dy) / len2 : 0
            t = min(max(t, 0), 1)
            let fx = ax + t * dx - p.x, fy = ay + t * dy - p.y
            let d = (fx * fx + fy * fy).squareRoot() - radius
            return d > 0 ? max(boxDistance2, d * d) : boxDistance2
        }

        /// Sets the capsule to the chord from `a` to `b` holding `vertices`.
        mutating func setCapsule(_ a: XY, _ b: XY, holding vertices: ArraySlice<XY>) {
            ax = a.x; ay = a.y; bx = b.x; by = b.y
            let dx = b.x - a.x, dy = b.y - a.y
            let len2 = dx * dx + dy * dy
            radius = vertices.reduce(0) { r, v in
                var t = len2 > 0 ? ((v.x - a.x) * dx + (v.y - a.y) * dy) / len2 : 0
                t = min(max(t, 0), 1)
                let fx = a.x + t * dx - v.x, fy = a.y + t * dy - v.y
                return max(r, (fx * fx + fy * fy).squareRoot())
            } * (1 + 1e-12) + 1e-6
        }
    }

    let segmentCount: Int
    /// The extent of the whole line (the root's box).
    var extent: Box { boxes[boxes.count - 1] }
    /// Boxes of all nodes, level by level: the leaves first, the root last.
    let boxes: [Box]
    /// Index in `boxes` of each level's first node (level 0 = leaves), and one past the last.
    let levelStart: [Int]

    init(vertices: [XY]) {
        segmentCount = vertices.count - 1
        var boxes: [Box] = []
        boxes.reserveCapacity(segmentCount / 4 + 16)
        var levelStart = [0]
        for leaf in stride(from: 0, to: segmentCount, by: Self.fanout) {
            var box = Box(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)
            let last = min(leaf + Self.fanout, segmentCount)
            for v in leaf...last {
                box.minX = min(box.minX, vertices[v].x); box.maxX = max(box.maxX, vertices[v].x)
                box.minY = min(box.minY, vertices[v].y); box.maxY = max(box.maxY, vertices[v].y)
            }
            box.setCapsule(vertices[leaf], vertices[last], holding: vertices[leaf...last])
            boxes.append(box)
        }
        levelStart.append(boxes.count)
        var span = Self.fanout  // segments per node on the level being built
        while levelStart[levelStart.count - 1] - levelStart[levelStart.count - 2] > 1 {
            let from = levelStart[levelStart.count - 2], to = levelStart[levelStart.count - 1]
            span *= Self.fanout
            for first in stride(from: from, to: to, by: Self.fanout) {
                var box = boxes[first]
                for c in (first + 1)..<min(first + Self.fanout, to) {
                    let child = boxes[c]
                    box.minX = min(box.minX, child.minX); box.maxX = max(box.maxX, child.maxX)
                    box.minY = min(box.minY, child.minY); box.maxY = max(box.maxY, child.maxY)
                }
                let firstVertex = (first - from) * span / Self.fanout, lastVertex = min(firstVertex + span, segmentCount)
                box.setCapsule(vertices[firstVertex], vertices[lastVertex], holding: vertices[firstVertex...lastVertex])
                boxes.append(box)
            }
            levelStart.append(boxes.count)
        }
        self.boxes = boxes
        self.levelStart = levelStart
    }

    /// Every segment whose box lies within `radius` of `p`, for the caller to measure (a superset of
    /// the segments within `radius`), in increasing segment order.
    func segments(near p: XY, radius: Double) -> [Int] {
        var found: [Int] = []
        var stack: [(level: Int, node: Int)] = [(levelStart.count - 2, 0)]
        let r2 = radius * radius
        while let (level, node) = stack.popLast() {
            let box = boxes[levelStart[level] + node]
            guard box.lowerBound2(p, boxDistance2: box.distance2(p)) <= r2 else { continue }
            let first = node * Self.fanout
            if level == 0 {
                found.append(contentsOf: first..<min(first + Self.fanout, segmentCount))
            } else {
                let count = levelStart[level] - levelStart[level - 1]
                for child in (first..<min(first + Self.fanout, count)).reversed() { stack.append((level - 1, child)) }
            }
        }
        return found
    }
}

