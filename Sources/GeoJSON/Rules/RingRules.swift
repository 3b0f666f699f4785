/// RFC 7946 §3.1.6 rules for polygon rings, shared by the writer, reader and validator.
enum RingRules {
    static let minimumPositionCount = 4

    /// Why a ring is not a linear ring, or `nil` when it is one.
    static func shapeProblem(of ring: [Position]) -> String? {
        if ring.count < minimumPositionCount {
            return "expected a linear ring of at least 4 positions, got \(ring.count)"
        }
        if ring.first != ring.last {
            return "expected a closed linear ring (last position equal to the first), but it is not closed"
        }
        return nil
    }

    /// Below this doubled area (square degrees: about 1 cm² on the ground) a ring encloses nothing.
    static let minimumDoubledArea = 1e-14

    /// Why a closed ring of 4+ positions is degenerate — fewer than 3 distinct positions, or no area
    /// (collinear or repeated positions) — or `nil` when it encloses an area. Such a ring is a valid
    /// shape on paper but draws nothing and breaks area and containment tests downstream.
    static func degeneracyProblem(of ring: [Position]) -> String? {
        let distinct = Set(ring.dropLast().map { SIMD2($0.longitude, $0.latitude) }).count
        if distinct < 3 {
            return "expected a linear ring enclosing an area, but it has only \(distinct) distinct position\(distinct == 1 ? "" : "s")"
        }
        if abs(doubledSignedArea(of: ring)) < minimumDoubledArea {
            return "expected a linear ring enclosing an area, but its positions are collinear (zero area)"
        }
        return nil
    }

    /// Twice the signed area on the lon/lat plane (shoelace): positive when counter-clockwise.
    static func doubledSignedArea(of ring: [Position]) -> Double {
        guard ring.count >= 3 else { return 0 }
        // Relative to the first position, so that large coordinates do not drown small areas in rounding.
        let x0 = ring[0].longitude, y0 = ring[0].latitude
        var sum = 0.0
        for index in 0..<(ring.count - 1) {
            let ax = ring[index].longitude - x0, ay = ring[index].latitude - y0
            let bx = ring[index + 1].longitude - x0, by = ring[index + 1].latitude - y0
            sum += ax * by - bx * ay
        }
        return sum
    }

    /// RFC 7946: exterior rings counter-clockwise, holes clockwise.
    static func needsReversal(doubledSignedArea area: Double, isExterior: Bool) -> Bool {
        isExterior ? area < 0 : area > 0
    }
}
