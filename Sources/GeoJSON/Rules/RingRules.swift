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

    /// Twice the signed area on the lon/lat plane (shoelace): positive when counter-clockwise.
    static func doubledSignedArea(of ring: [Position]) -> Double {
        guard ring.count >= 3 else { return 0 }
        var sum = 0.0
        for index in 0..<(ring.count - 1) {
            sum += ring[index].longitude * ring[index + 1].latitude - ring[index + 1].longitude * ring[index].latitude
        }
        return sum
    }

    /// RFC 7946: exterior rings counter-clockwise, holes clockwise.
    static func needsReversal(doubledSignedArea area: Double, isExterior: Bool) -> Bool {
        isExterior ? area < 0 : area > 0
    }
}
