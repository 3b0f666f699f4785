import RouteMapTestSupport
import Testing
import GeoEngines
import RouteModel
@testable import Placement

/// Relief along the whole route, and the warning when the nearest help is far along the track.
@Suite struct ReliefCoverageTests {
    let route = ShippedRoute.route

    func report(atKm km: Double, on route: Route) throws -> ReliefReport {
        let placer = try IncidentPlacer(route: route, engines: WorkerEngines())
        return try placer.reliefDistances(for: placer.place(Incident(id: "t", clues: [Clue(.chainage(km: km))])))
    }

    /// The relief points stand at stations (or their towns); the widest gap between the stations they
    /// stand at is Khanpur Jn (599) → Lodhran Jn (750), so no chainage is more than (750 − 599) / 2 =
    /// 75.5 km along the track from one.
    @Test func everyChainageIsWithin76KmOfHelp() throws {
        let access = try report(atKm: 0, on: route).entries.map(\.access.chainageKm)
        let worst = stride(from: 0.0, through: route.lengthKm, by: 0.5).map { km in access.map { abs($0 - km) }.min()! }.max()!
        #expect(abs(worst - 75.5) < 0.6, "\(worst)")
        #expect(try report(atKm: 1239, on: route).warnings.isEmpty)
    }

    @Test func farHelpIsAWarning() throws {
        // Only Quetta and Sibi stations (chainage 0 and 141), as the relief data had them before it covered the route.
        let bolan = route.replacingReliefPoints(route.reliefPoints.filter { ["RP-QUETTA-STN", "RP-SIBI-STN"].contains($0.id) })
        let far = try report(atKm: 1239, on: bolan)
        #expect(far.entries.first?.point.id == "RP-SIBI-STN")
        // Gujranwala (1239) to Sibi (141): 1098 km along the track.
        #expect(far.warnings.count == 1 && far.warnings[0].contains("Sibi railway station, is 1098 km away (more than 100 km)"), "\(far.warnings)")
        // 100 km is the threshold: Sibi + 100 is not warned about, Sibi + 101 is.
        #expect(try report(atKm: 241, on: bolan).warnings.isEmpty)
        #expect(try report(atKm: 242, on: bolan).warnings.count == 1)
    }
}
