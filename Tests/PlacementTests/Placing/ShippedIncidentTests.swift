import RouteMapTestSupport
import Foundation
import Testing
import GeoEngines
import RouteModel
@testable import Placement

/// The shipped 11 March 2025 hijacking (GeoData/jaffar-express/incidents/JE-2025-03-11.json), against the
/// hand derivation in incidents/README.md: the full-weight clues give
/// [101,125] ∩ [106,126] ∩ [115,135] ∩ Dhadar ∩ Bolan = [115, 125] km; near Panir (91–111), near Ab-I-Gum
/// (68–88) and near Sibi (126–156) do not overlap it; "between Pehro Kunri and Gudalar" cannot be placed.
@Suite struct ShippedIncidentTests {
    let placement: Placement = {
        let url = ShippedRoute.geoDataFolder.appendingPathComponent("jaffar-express/incidents/JE-2025-03-11.json")
        let incident = try! IncidentFile.parse(String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent)
        return try! IncidentPlacer(route: ShippedRoute.route, engines: WorkerEngines()).place(incident)
    }()

    @Test func intervalIs115To125WithPostRounding() {
        #expect(placement.chainages.pieces == [115...125])
        #expect(placement.chainageKm == 120)
        #expect(placement.tolerance == 114.5...125.5)
        #expect(placement.uncertaintyKm == 5.5)
        #expect(placement.position.line == "ML-3" && placement.position.kmPost == 264)
        #expect(placement.stationBefore == .init(name: "Pehro Kunri", chainageKm: 116, alongTrackKm: 4))
        #expect(placement.stationAfter == .init(name: "Mushkaf", chainageKm: 125, alongTrackKm: 5))
        #expect(Set(placement.position.tunnels.map(\.id)) == ["T-8", "T-MUSHKAF"])
        #expect(placement.position.terrain?.id == "TS-MASHKAF-VALLEY")
        // Peshi 444 m (86 km) to Mushkaf 143 m (125 km): 444 − 301 × 34/39 at 120 km.
        #expect(abs(placement.position.elevationM! - (444 - 301.0 * 34 / 39)) < 1e-9)
    }

    @Test func nearPanirAbIGumAndSibiAreConflictsWithReasons() {
        // 0-based: 7 near Panir (0.6), 10 near Ab-I-Gum (0.2), 11 near Sibi (0.3).
        #expect(placement.conflicts.map(\.clue) == [7, 10, 11])
        let reasons = placement.conflicts.map(\.reason)
        #expect(reasons[0].hasPrefix("near Panir (within 10 km) puts it at 91–111 km"))
        #expect(reasons[0].contains("does not overlap 115–125 km where the other clues agree: 4 km back towards Quetta"))
        #expect(reasons[1].hasPrefix("near Ab-I-Gum (within 10 km) puts it at 68–88 km"))
        #expect(reasons[1].contains("27 km back towards Quetta (weight 0.2)"))
        #expect(reasons[2].hasPrefix("near Sibi (within 15 km) puts it at 126–156 km"))
        #expect(reasons[2].contains("1 km further along the line (weight 0.3)"))
    }

    @Test func roadDistancesAgreeAndGudalarIsReported() {
        // 157 and 140 km read as road distances bound the straight line only; both contain 115–125.
        #expect(placement.used == [0, 2, 3, 4, 5, 6, 8, 9])
        #expect(placement.readings[8].basis.contains("assumed detour factor 1.0–2.0"))
        #expect(placement.readings[1].chainages == nil)
        #expect(placement.warnings.contains { $0.contains("'Gudalar' is not a known place") && $0.contains("Pehro Kunri is at 116 km") })
        #expect(placement.rejected == [1, 7, 10, 11])
    }

    @Test func read157AsRailItConflictsBeyondSibi() throws {
        var incident = placement.incident
        incident.clues[8].kind = .distanceFrom(place: "Quetta", km: 157, by: .rail)
        let p = try IncidentPlacer(route: ShippedRoute.route, engines: WorkerEngines()).place(incident)
        #expect(p.chainages.pieces == [115...125])
        let reason = try #require(p.conflicts.first { $0.clue == 8 }?.reason)
        #expect(reason.hasPrefix("157 km from Quetta by rail puts it at 153.9–160.1 km, between Perak (153 km) and Dingra (174 km)"))
    }
}
