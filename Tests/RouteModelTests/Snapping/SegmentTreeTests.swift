import GeoEngines
import Testing
@testable import RouteModel

/// The segment tree's size follows the number of segments, never the extent (a route spanning a
/// continent, or a bad coordinate far from the rest, costs no more memory), and its answers match a
/// scan of every segment, near the line and far from it.
@Suite struct SegmentTreeTests {
    func bruteForce(_ p: XY, _ vertices: [XY]) -> (Int, Double) {
        var best = (0, Double.infinity)
        for s in 0..<(vertices.count - 1) {
            let d2 = RouteSnapper.project(p, vertices[s], vertices[s + 1]).1
            if d2 < best.1 { best = (s, d2) }
        }
        return best
    }

    @Test func aHugeExtentCostsNoMoreThanASmallOne() {
        let vertices = [XY(-2e7, -1e7), XY(0, 0), XY(2e7, 1e7)]
        let tree = SegmentTree(vertices: vertices)
        #expect(tree.boxes.count == 1)
        let search = SegmentSearch(tree: tree, planar: vertices)
        // A point just above the second segment.
        #expect(search.nearest(to: XY(1e7, 5e6 + 10), hint: nil).segment == 1)
    }

    @Test func nearestMatchesAScanOfEverySegmentOnAWindingLine() {
        // A winding line of 20,000 segments (a 50 m step, turning back and forth) with hairpins.
        var vertices: [XY] = [XY(0, 0)]
        var heading = 0.0
        var generator = SystemRandomNumberGenerator()
        for i in 1...20_000 {
            heading += Double.random(in: -0.3...0.3, using: &generator) + (i % 2_000 == 0 ? Double.pi : 0)
            let last = vertices[vertices.count - 1]
            vertices.append(XY(last.x + 50 * Foundation.cos(heading), last.y + 50 * Foundation.sin(heading)))
        }
        let tree = SegmentTree(vertices: vertices)
        #expect(tree.boxes.count < 20_000 / 7 + 10, "about one node per 7 segments")
        let search = SegmentSearch(tree: tree, planar: vertices)
        var previous: Int?
        for k in 0..<2_000 {
            let anchor = vertices[Int.random(in: 0..<vertices.count, using: &generator)]
            let reach = k % 2 == 0 ? 2_000.0 : 200_000.0
            let p = XY(anchor.x + Double.random(in: -reach...reach, using: &generator), anchor.y + Double.random(in: -reach...reach, using: &generator))
            let (s, d2) = bruteForce(p, vertices)
            let found = search.nearest(to: p, hint: previous)
            #expect(abs(found.distance2 - d2) <= 1e-9 * max(1, d2), "point \(k): \(found.segment) vs \(s)")
            previous = found.segment
        }
    }

    @Test func segmentsNearAPointHoldEverySegmentWithinTheRadius() {
        let vertices = (0...500).map { i in XY(Double(i) * 40, 3_000 * Foundation.sin(Double(i) / 40)) }
        let tree = SegmentTree(vertices: vertices)
        let p = XY(10_000, 500)
        let found = Set(tree.segments(near: p, radius: 1_500))
        for s in 0..<(vertices.count - 1) where RouteSnapper.project(p, vertices[s], vertices[s + 1]).1 <= 1_500 * 1_500 {
            #expect(found.contains(s), "segment \(s)")
        }
    }
}

import Foundation
