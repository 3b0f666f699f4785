import RouteMapTestSupport
import Testing
import GeoEngines
import RouteModel
@testable import Placement

/// Distances from an incident placed with `chainage_km: 116` (interval 115.5–116.5, centred on Pehro
/// Kunri station, a vertex of the line, so the placed point is its coordinate 67.6669498, 29.6174521).
/// Reference values: Scripts/oracles/relief_fixtures.py, i.e. pyproj
/// `Geod(ellps="WGS84").inv(67.6669498, 29.6174521, relief lon, relief lat)`, azimuth taken mod 360.
@Suite struct ReliefDistancesTests {
    let report: ReliefReport = {
        let placer = try! IncidentPlacer(route: ShippedRoute.route, engines: WorkerEngines())
        return try! placer.reliefDistances(for: placer.place(Incident(id: "t", clues: [Clue(.chainage(km: 116))])))
    }()

    static let pyproj: [String: (distanceM: Double, azimuthDeg: Double)] = [
        "RP-QUETTA-STN": (90501.871, 314.855742),
        "RP-SIBI-STN": (21122.396, 111.464858),
        "RP-MACH-STN": (42891.111, 309.654573),
        "RP-PANIR-STN": (13350.070, 298.920825),
        "RP-MACH-TOWN": (43012.941, 310.096623),
        "RP-CMH-QUETTA": (89886.195, 314.388561),
        "RP-CIVIL-QUETTA": (89886.195, 314.388561),
        "RP-SIBI-DHQ": (22227.554, 109.602719),
        "RP-CMH-SIBI": (22227.554, 109.602719),
        "RP-JACOBABAD-STN": (166357.493, 153.148562),
        "RP-SUKKUR-STN": (242630.871, 150.814725),
        "RP-ROHRI-STN": (245574.982, 150.383822),
        "RP-KHANPUR-STN": (309788.426, 109.735774),
        "RP-LODHRAN-STN": (383383.666, 90.299510),
        "RP-MULTAN-STN": (370147.123, 79.355031),
        "RP-KHANEWAL-STN": (418551.235, 78.377751),
        "RP-LAHORE-STN": (675355.629, 69.560038),
        "RP-RAWALPINDI-STN": (675147.959, 47.736664),
        "RP-PESHAWAR-STN": (609467.846, 36.092912),
        "RP-DHQ-DMJ": (130157.636, 155.413682),
        "RP-DHQ-JACOBABAD": (166357.493, 153.148562),
        "RP-DHQ-SHIKARPUR": (207318.944, 152.283142),
        "RP-HOSP-SUKKUR": (242630.871, 150.814725),
        "RP-DHQ-GHOTKI": (241252.224, 137.825392),
        "RP-DHQ-RYK": (288968.036, 116.633163),
        "RP-DHQ-LODHRAN": (383383.666, 90.299510),
        "RP-DHQ-MULTAN": (370147.123, 79.355031),
        "RP-DHQ-KHANEWAL": (418551.235, 78.377751),
        "RP-DHQ-SAHIWAL": (536011.605, 76.263740),
        "RP-DHQ-OKARA": (571543.991, 75.238418),
        "RP-DHQ-LAHORE": (675355.629, 69.560038),
        "RP-DHQ-GUJRANWALA": (685188.346, 63.666849),
        "RP-DHQ-GUJRAT": (692080.691, 60.228700),
        "RP-DHQ-JHELUM": (683719.134, 55.981448),
        "RP-DHQ-RAWALPINDI": (675147.959, 47.736664),
        "RP-DHQ-ATTOCK": (639919.459, 42.725579),
        "RP-DHQ-NOWSHERA": (636190.450, 39.084202),
        "RP-DHQ-PESHAWAR": (609467.846, 36.092912),
        "RP-TRAUMA-QUETTA": (89886.195, 314.388561),
    ]

    func entry(_ id: String) throws -> ReliefDistance { try #require(report.entries.first { $0.point.id == id }) }

    @Test func geodesicDistanceAndAzimuthMatchPyproj() throws {
        #expect(report.placement.chainageKm == 116)
        #expect(report.entries.count == Self.pyproj.count)
        for (id, reference) in Self.pyproj {
            let e = try entry(id)
            #expect(abs(e.distanceM - reference.distanceM) < 0.01, "\(id): \(e.distanceM)")
            #expect(abs(e.azimuthDeg - reference.azimuthDeg) < 1e-5, "\(id): \(e.azimuthDeg)")
            #expect(e.distanceRangeM.contains(e.distanceM) && e.distanceRangeM.upperBound - e.distanceRangeM.lowerBound <= 1_000)
        }
    }

    /// Sibi station's access is Sibi (141): 25 km along the track; 116–125 at 32 km/h and 125–141 at
    /// 51 km/h is 9/32 h + 16/51 h = 35.699 min; air 21.122396 km at 180 km/h = 7.041 min.
    @Test func alongTrackAndEtas() throws {
        let sibi = try entry("RP-SIBI-STN")
        #expect(abs(sibi.access.chainageKm - 141) < 0.01 && sibi.access.offsetM < 10)
        #expect(abs(sibi.alongTrackKm - 25) < 0.01)
        #expect(abs(sibi.alongTrackRangeKm.lowerBound - 24.5) < 0.01 && abs(sibi.alongTrackRangeKm.upperBound - 25.5) < 0.01)
        #expect(abs(sibi.railMinutes! - (9.0 / 32 + 16.0 / 51) * 60) < 0.02)
        #expect(abs(sibi.airMinutes! - 21.122396 / 180 * 60) < 1e-4)
        // Quetta: 41/40 + 37/25 + 38/32 h = 221.55 min.
        #expect(abs(try entry("RP-QUETTA-STN").railMinutes! - 221.55) < 0.02)
    }

    @Test func sortedByAlongTrackWithRanksAndCaveats() throws {
        let along = report.entries.map(\.alongTrackKm)
        #expect(along == along.sorted())
        #expect(report.entries.first?.point.id == "RP-PANIR-STN")
        let panir = try entry("RP-PANIR-STN")
        #expect(panir.ranks.distance == 1 && panir.ranks.alongTrack == 1 && panir.ranks.rail == 1 && panir.ranks.air == 1)
        // Peshawar Cantonment's station and hospital (chainage 1635) are the farthest along the track: 1519 km.
        #expect(Set(report.entries.suffix(2).map(\.point.id)) == ["RP-PESHAWAR-STN", "RP-DHQ-PESHAWAR"])
        #expect(abs(try entry("RP-PESHAWAR-STN").alongTrackKm - 1519) < 0.01)
        #expect(try entry("RP-CMH-QUETTA").notes.contains("coordinate is town-level, not the site itself"))
        #expect(try entry("RP-SIBI-STN").notes.isEmpty)
        #expect(report.basis.contains { $0.hasPrefix("air ETA: straight-line (geodesic) distance at 180 km/h cruise (assumption)") })
    }
}
