import RouteMapTestSupport
import Testing
import RouteModel
@testable import Placement

@Suite struct RailTimeTests {
    let speeds = ShippedRoute.route.speeds

    /// Mach (66) → Pehro Kunri (116): 41–78 km at 25 km/h and 78–125 km at 32 km/h (speeds.csv), so
    /// 12 km / 25 + 38 km / 32 = 0.48 h + 1.1875 h = 1.6675 h = 100.05 min.
    @Test func handComputationOverTwoSections() throws {
        let minutes = try #require(RailTime.minutes(from: 66, to: 116, speeds: speeds))
        #expect(abs(minutes - 100.05) < 1e-9)
        #expect(RailTime.minutes(from: 116, to: 66, speeds: speeds) == minutes)
        #expect(RailTime.minutes(from: 120, to: 120, speeds: speeds) == 0)
    }

    @Test func uncoveredSpanHasNoTime() {
        let plateau = speeds.filter { $0.toKm <= 41 } // 0–41 km at 40 km/h only
        #expect(abs(RailTime.minutes(from: 0, to: 41, speeds: plateau)! - 61.5) < 1e-9)
        #expect(RailTime.minutes(from: 0, to: 50, speeds: plateau) == nil)
    }
}
