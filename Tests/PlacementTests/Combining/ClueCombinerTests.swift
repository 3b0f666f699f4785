import Testing
@testable import Placement

@Suite struct ClueCombinerTests {
    func reading(_ i: Int, _ ranges: [ClosedRange<Double>]?, weight: Double = 1) -> ClueReading {
        ClueReading(index: i, clue: Clue(.chainage(km: 0), weight: weight), chainages: ranges.map(ChainageSet.init),
                    includesPostRounding: false, basis: "", warnings: [], snap: nil)
    }

    @Test func agreeingCluesIntersect() throws {
        let c = try #require(ClueCombiner.combine([reading(0, [101...125]), reading(1, [106...126]), reading(2, [115...135])]))
        #expect(c.chainages.pieces == [115...125] && c.removed.isEmpty && c.used == [0, 1, 2])
    }

    @Test func theLightestDisagreeingCluesGo() throws {
        // Two heavy clues agree at 10–20; three light ones agree at 50–60: the light ones go.
        let readings = [reading(0, [0...20]), reading(1, [10...30]),
                        reading(2, [50...60], weight: 0.2), reading(3, [40...60], weight: 0.2), reading(4, [55...70], weight: 0.2)]
        let c = try #require(ClueCombiner.combine(readings))
        #expect(c.removed == [2, 3, 4] && c.chainages.pieces == [10...20])
        // At equal weights the fewest clues go.
        let even = try #require(ClueCombiner.combine([reading(0, [0...20]), reading(1, [10...30]), reading(2, [50...60])]))
        #expect(even.removed == [2])
    }

    @Test func equallyGoodAlternativesAreReported() throws {
        let c = try #require(ClueCombiner.combine([reading(0, [0...10]), reading(1, [20...30])]))
        #expect(c.removed.count == 1 && c.alternatives.count == 1 && c.alternatives[0] != c.removed)
    }

    @Test func unreadableWeightZeroAndEmptyClues() throws {
        let c = try #require(ClueCombiner.combine([reading(0, [0...10]), reading(1, nil), reading(2, [50...60], weight: 0), reading(3, [])]))
        #expect(c.used == [0] && c.removed == [3] && c.chainages.pieces == [0...10])
        #expect(ClueCombiner.combine([reading(0, nil), reading(1, [5...6], weight: 0)]) == nil)
        #expect(ClueCombiner.combine([reading(0, [])]) == nil)
    }

    @Test func manyCluesAreSolvedExactly() throws {
        // 20 clues: 12 agree around 100, 8 scattered elsewhere; more than an exhaustive search would try.
        let agreeing = (0..<12).map { reading($0, [Double(90 + $0)...Double(110 + $0)]) }
        let scattered = (12..<20).map { reading($0, [Double($0 * 50)...Double($0 * 50 + 5)]) }
        let c = try #require(ClueCombiner.combine(agreeing + scattered))
        #expect(c.removed == Array(12..<20) && c.chainages.pieces == [101...110])
    }
}
