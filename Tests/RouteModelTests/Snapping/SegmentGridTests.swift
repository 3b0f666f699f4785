import GeoEngines
import Testing
@testable import RouteModel

/// A route data set spanning a continent (or a bad coordinate far from the rest) used to allocate one
/// bucket per 5 km cell: 20,000 km × 10,000 km is 8 million buckets and gigabytes.
@Suite struct SegmentGridTests {
    @Test func aHugeExtentGetsLargerCellsNotMillionsOfBuckets() {
        let vertices = [XY(-2e7, -1e7), XY(0, 0), XY(2e7, 1e7)]
        let grid = SegmentGrid(vertices: vertices, cellSize: 5_000)
        #expect(Double(grid.columns * grid.rows) <= SegmentGrid.maximumCellCount * 1.01)
        #expect(grid.cellSize > 5_000)
        // Still the nearest segment: a point just above the second segment.
        let p = XY(1e7, 5e6 + 10)
        func d2(_ s: Int) -> Double {
            let a = vertices[s], b = vertices[s + 1]
            let (_, d) = RouteSnapper.project(p, a, b)
            return d
        }
        #expect(grid.nearest(to: p, segmentCount: 2, distance2: d2) == 1)
    }

    @Test func aRouteSizedExtentKeepsTheRequestedCells() {
        let grid = SegmentGrid(vertices: [XY(0, 0), XY(500_000, 800_000)], cellSize: 5_000)
        #expect(grid.cellSize == 5_000)
    }
}
