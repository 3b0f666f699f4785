import Testing
@testable import Placement

@Suite struct ChainageSetTests {
    @Test func unionMergesOverlappingAndTouchingRanges() {
        let s = ChainageSet([20...30, 0...10, 10...12, 25...40])
        #expect(s.pieces == [0...12, 20...40])
        #expect(s.lengthKm == 32)
        #expect(s.hull == 0...40)
    }

    @Test func intersectionKeepsPointsWhereRangesTouch() {
        let a = ChainageSet([101...125]), b = ChainageSet([125...135])
        #expect(a.intersection(b).pieces == [125...125])
        let c = ChainageSet([0...10, 20...30]).intersection(ChainageSet([5...25]))
        #expect(c.pieces == [5...10, 20...25])
        #expect(ChainageSet([0...1]).intersection(ChainageSet([2...3])).isEmpty)
    }

    @Test func aroundClipsToTheRoute() {
        #expect(ChainageSet.around(0, radius: 2, within: 0...1635).pieces == [0...2])
        #expect(ChainageSet.around(1700, radius: 0.5, within: 0...1635).isEmpty)
    }

    /// `km` converted to Int and trapped on a reporter's 1e300 km (`place --clue chainage_km=1e300`).
    @Test func hugeChainagesAreFormattedNotTrapped() {
        #expect(ChainageSet.km(1e300) == "1e+300")
        #expect(ChainageSet.km(120) == "120" && ChainageSet.km(120.25) == "120.3")
        #expect(Clue(.at(lon: 67.6, lat: 29.5, accuracyM: 1e300)).summary == "at (67.6, 29.5) ± 1e+300 m")
    }

    /// A negative or non-finite radius used to trap in ClosedRange's precondition.
    @Test func aroundRefusesNegativeAndNonFiniteInput() {
        #expect(ChainageSet.around(120, radius: -3, within: 0...1635).isEmpty)
        #expect(ChainageSet.around(120, radius: .nan, within: 0...1635).isEmpty)
        #expect(ChainageSet.around(.infinity, radius: 1, within: 0...1635).isEmpty)
    }

    @Test func gapAndDescription() {
        let a = ChainageSet([68...88]), b = ChainageSet([115...125])
        #expect(a.gap(to: b) == 27)
        #expect(b.gap(to: ChainageSet([120...130])) == 0)
        #expect(b.description == "115–125 km")
        #expect(ChainageSet([153.86...160.14, 200...200]).description == "153.9–160.1 and 200 km")
        #expect(ChainageSet.empty.description == "nowhere on the route")
    }
}
