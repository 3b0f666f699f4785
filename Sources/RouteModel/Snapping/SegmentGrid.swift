import GeoEngines

/// A uniform grid over the route's segments in its planar (transverse Mercator) frame: each cell lists
/// the segments whose bounding box touches it. Built once per route.
///
/// Why not GEOS: `GEOSProject_r` scans every vertex per call (~170 µs a point on 5,000 vertices) and a
/// GEOS STRtree query goes through a C callback per hit (~150k queries/s). A flat grid answers a nearest-
/// segment query with a handful of cache-friendly comparisons, which is what bulk snapping needs
/// (Scripts/bench measures it against shapely).
struct SegmentGrid: Sendable {
    let originX: Double
    let originY: Double
    let cellSize: Double
    let columns: Int
    let rows: Int
    /// Segment ids of cell k are `cellSegments[cellStart[k]..<cellStart[k + 1]]`.
    let cellStart: [Int32]
    let cellSegments: [Int32]

    /// The most cells a grid has: a route data set spanning a continent gets larger cells, not
    /// gigabytes of empty buckets.
    static let maximumCellCount = 4_000_000.0

    /// A grid of cells of `cellSize` metres, or larger when the extent would need more than
    /// `maximumCellCount` cells.
    init(vertices: [XY], cellSize requested: Double) {
        let xs = vertices.map(\.x), ys = vertices.map(\.y)
        let area = (xs.max()! - xs.min()! + 2 * requested) * (ys.max()! - ys.min()! + 2 * requested)
        let cellSize = max(requested, (area / Self.maximumCellCount).squareRoot())
        originX = xs.min()! - cellSize
        originY = ys.min()! - cellSize
        self.cellSize = cellSize
        columns = Int(((xs.max()! + cellSize - originX) / cellSize).rounded(.up)) + 1
        rows = Int(((ys.max()! + cellSize - originY) / cellSize).rounded(.up)) + 1
        var buckets = [[Int32]](repeating: [], count: columns * rows)
        for s in 0..<(vertices.count - 1) {
            let a = vertices[s], b = vertices[s + 1]
            let c0 = Int((min(a.x, b.x) - originX) / cellSize), c1 = Int((max(a.x, b.x) - originX) / cellSize)
            let r0 = Int((min(a.y, b.y) - originY) / cellSize), r1 = Int((max(a.y, b.y) - originY) / cellSize)
            for r in r0...r1 {
                for c in c0...c1 { buckets[r * columns + c].append(Int32(s)) }
            }
        }
        var start: [Int32] = [0]
        start.reserveCapacity(buckets.count + 1)
        for bucket in buckets { start.append(start.last! + Int32(bucket.count)) }
        cellStart = start
        cellSegments = buckets.flatMap { $0 }
    }

    /// The nearest segment to `p` among all segments, searching rings of cells outward and stopping
    /// once no unvisited cell can hold anything nearer. Calls `distance2(segment)` for candidates.
    func nearest(to p: XY, segmentCount: Int, distance2: (Int) -> Double) -> Int {
        let fc = (p.x - originX) / cellSize, fr = (p.y - originY) / cellSize
        guard fc >= 0, fr >= 0, fc < Double(columns), fr < Double(rows) else {
            return bruteForce(segmentCount: segmentCount, distance2: distance2)
        }
        let c = Int(fc), r = Int(fr)
        var best = -1
        var bestD2 = Double.infinity
        var ring = 0
        let maxRing = max(columns, rows)
        while ring <= maxRing {
            // The cells at Chebyshev distance `ring`: the top and bottom rows, then the two side columns.
            let r0 = r - ring, r1 = r + ring, c0 = c - ring, c1 = c + ring
            func visit(_ cc: Int, _ rr: Int) {
                guard cc >= 0, rr >= 0, cc < columns, rr < rows else { return }
                let k = rr * columns + cc
                for i in Int(cellStart[k])..<Int(cellStart[k + 1]) {
                    let s = Int(cellSegments[i])
                    let d2 = distance2(s)
                    if d2 < bestD2 || (d2 == bestD2 && s < best) { bestD2 = d2; best = s }
                }
            }
            for cc in c0...c1 {
                visit(cc, r0)
                if ring > 0 { visit(cc, r1) }
            }
            if ring > 0 {
                for rr in (r0 + 1)...(r1 - 1) {
                    visit(c0, rr)
                    visit(c1, rr)
                }
            }
            // Anything not yet seen lies in a cell of ring ≥ ring + 1, at least ring · cellSize away.
            let reach = Double(ring) * cellSize
            if best >= 0 && bestD2 <= reach * reach { break }
            ring += 1
        }
        return best
    }

    private func bruteForce(segmentCount: Int, distance2: (Int) -> Double) -> Int {
        var best = 0
        var bestD2 = Double.infinity
        for s in 0..<segmentCount {
            let d2 = distance2(s)
            if d2 < bestD2 { bestD2 = d2; best = s }
        }
        return best
    }
}
