import RouteMapTestSupport
import Testing
@testable import RouteModel

@Suite struct CalibrationTests {
    @Test func controlsAreExactAndTheRestIsProportionalToLength() {
        // Vertices 0, 1000, 3000, 4000 m along the model; posts say 0 km and 10 km at the ends.
        let chainage = Calibration.chainage(cumulativeLengthM: [0, 1000, 3000, 4000], controls: [0, nil, nil, 10])
        #expect(chainage == [0, 2.5, 7.5, 10])
    }

    @Test func eachStretchBetweenControlsIsScaledOnItsOwn() {
        let chainage = Calibration.chainage(cumulativeLengthM: [0, 500, 1000, 3000, 5000], controls: [0, nil, 2, nil, 3])
        #expect(chainage == [0, 1, 2, 2.5, 3])
    }

    @Test func everyStationVertexCarriesItsPostChainage() {
        let route = ShippedRoute.route
        for s in route.stations where s.positionSource != .estimated {
            let i = route.line.points.firstIndex(of: s.position)
            #expect(i != nil, "\(s.name) is not a vertex")
            if let i { #expect(route.line.chainageKm[i] == s.chainageKm, "\(s.name)") }
        }
        #expect(zip(route.line.chainageKm, route.line.chainageKm.dropFirst()).allSatisfy { $0 <= $1 })
    }
}
