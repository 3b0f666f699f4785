import RouteMapTestSupport
import Testing
import GeoEngines
import RouteModel
@testable import Placement

/// Real incidents from shared/reference/incidents.csv, with the facts needed copied here. Expected
/// intervals are derived by hand from the RDT-new km posts: chainage = 384 − ML-3 post on the Quetta →
/// Rohri leg, and 886 + (post − 938) on the ML-1 Khanewal → Peshawar leg.
@Suite struct ReferenceIncidentTests {
    let placer = try! IncidentPlacer(route: ShippedRoute.route, engines: WorkerEngines())

    func place(_ id: String, _ clues: [String]) throws -> Placement {
        try placer.place(Incident(id: id, clues: try clues.map { try Clue(commandLine: $0) }))
    }

    /// JE-2025-03-08: three coaches derail "between Nuttal and Dera Murad Jamali".
    /// Nuttall post 148 → 236; Dera Murad Jamali post 121 → 263.
    @Test func derailmentBetweenNuttallAndDeraMuradJamali() throws {
        let p = try place("JE-2025-03-08", ["between=Nuttal,Dera Murad Jamali"])
        #expect(p.chainages.pieces == [236...263] && p.chainageKm == 249.5)
        #expect(p.tolerance == 235.5...263.5 && p.uncertaintyKm == 14)
        #expect(p.conflicts.isEmpty && p.warnings.isEmpty)
    }

    /// JE-2025-08-10: IED derails six bogies "near Spezand station". Spezand Jn post 359 → 25; ±2 km.
    @Test func spezandBlast() throws {
        let p = try place("JE-2025-08-10", ["near=Spezand"])
        #expect(p.chainages.pieces == [23...27] && p.chainageKm == 25)
        #expect(p.stationBefore.name == "Spezand Junction" && p.stationBefore.alongTrackKm == 0)
    }

    /// JE-2025-08-07: bomb "near the outer signal of Sibi". Sibi post 243 → 141; outer signal ≈ 1 km.
    @Test func sibiOuterSignal() throws {
        let p = try place("JE-2025-08-07", ["near=Sibi outer signal"])
        #expect(p.chainages.pieces == [140...142] && p.chainageKm == 141)
        #expect(p.uncertaintyKm == 1.5)
    }

    /// JE-2022-01-18: blast derails the train "in Mashkaf area". Mushkaf post 259 → 125.
    @Test func mushkaf2022() throws {
        let p = try place("JE-2022-01-18", ["near=Mashkaf"])
        #expect(p.chainages.pieces == [123...127] && p.chainageKm == 125)
    }

    /// QTA-2024-11-09: suicide bombing at Quetta railway station (post 384 → 0); the reference lat/lon
    /// (30.183, 67.000) is Quetta city, about 1 km from the station: both clues agree on 0 – ~2 km.
    @Test func quettaStation() throws {
        let p = try place("QTA-2024-11-09", ["near=Quetta", "at=67.000,30.183:1000"])
        #expect(p.chainages.hull!.lowerBound == 0)
        #expect(p.chainages.hull!.upperBound <= 2 && p.chainages.hull!.upperBound > 1)
        #expect(p.conflicts.isEmpty)
        #expect(p.chainageBasis == "the snapped coordinate of clues[1]")
    }

    /// JE-2017-04-18: four bogies derail near Eminabad, "ML-1 km 1278" → 886 + 340 = 1226 ± 0.5.
    @Test func eminabadByKmPost() throws {
        let p = try place("JE-2017-04-18", ["km_post=ML-1:1278"])
        #expect(p.chainages.pieces == [1225.5...1226.5] && p.chainageKm == 1226)
        // The km post clue already carries the rounding, so it is not added twice.
        #expect(p.tolerance == 1225.5...1226.5 && p.uncertaintyKm == 0.5)
        #expect(p.position.line == "ML-1" && p.position.kmPost == 1278)
    }
}

@Suite struct ConflictCaseTests {
    let placer = try! IncidentPlacer(route: ShippedRoute.route, engines: WorkerEngines())

    func place(_ clues: [Clue]) throws -> Placement {
        try placer.place(Incident(id: "test", clues: clues))
    }

    @Test func kmPostOutsideTheBetweenStretchIsTheConflict() throws {
        // ML-3 post 300 → 84, far from Nuttall–DMJ (236–263).
        let p = try place([Clue(.between("Nuttall", "Dera Murad Jamali")), Clue(.kmPost(post: 300, line: "ML-3"), weight: 0.9)])
        #expect(p.chainages.pieces == [236...263])
        #expect(p.conflicts.map(\.clue) == [1])
        #expect(p.conflicts[0].reason.hasPrefix("km post 300 on ML-3 puts it at 83.5–84.5 km"))
        #expect(p.conflicts[0].reason.contains("151.5 km back towards Quetta (weight 0.9)"))
    }

    @Test func unknownNamesWarnAndTheOtherCluesStillCount() throws {
        let p = try place([Clue(.near(place: "Gudalar", withinKm: 5)), Clue(.near(place: "Zzyzx", withinKm: 2)), Clue(.tunnel("8"))])
        #expect(p.chainages.pieces == [101...125])
        #expect(p.used == [2] && p.conflicts.isEmpty)
        #expect(p.warnings.contains { $0.hasPrefix("clues[0] (near Gudalar (within 5 km)): 'Gudalar' is not a known place") })
        #expect(p.warnings.contains { $0.contains("'Zzyzx' is not a known place (closest known names: ") })
    }

    @Test func noUsableClueIsAnError() {
        #expect(throws: PlacementError.self) { try place([Clue(.near(place: "Zzyzx", withinKm: 2))]) }
        #expect(throws: PlacementError.self) { try place([Clue(.kmPost(post: 500, line: "ML-3"))]) }
    }

    @Test func weightsDecideWhichSideGoes() throws {
        let heavy = try place([Clue(.near(place: "Mach", withinKm: 2)), Clue(.near(place: "Sibi", withinKm: 2), weight: 0.4)])
        #expect(heavy.chainages.pieces == [64...68] && heavy.conflicts.map(\.clue) == [1])
        let light = try place([Clue(.near(place: "Mach", withinKm: 2), weight: 0.3), Clue(.near(place: "Sibi", withinKm: 2), weight: 0.4)])
        #expect(light.chainages.pieces == [139...143] && light.conflicts.map(\.clue) == [0])
        // Weight 0: reported, never constrains; a disagreeing one is still listed as a conflict.
        let zero = try place([Clue(.near(place: "Mach", withinKm: 2)), Clue(.near(place: "Sibi", withinKm: 2), weight: 0)])
        #expect(zero.chainages.pieces == [64...68] && zero.used == [0])
        #expect(zero.conflicts.first?.reason.contains("weight 0: reported, not used to place") == true)
        // Equal weights: one is set aside, and the equally good alternative is said.
        let tie = try place([Clue(.near(place: "Mach", withinKm: 2)), Clue(.near(place: "Sibi", withinKm: 2))])
        #expect(tie.conflicts.count == 1 && tie.warnings.contains { $0.contains("would reconcile the clues equally well") })
    }

    @Test func farCoordinateIsReportedNotHidden() throws {
        // 8 km north-west of Sibi station (chainage 141).
        let sibi = ShippedRoute.route.stations.first { $0.name == "Sibi" }!.position
        let off = Geodesic.wgs84.direct(from: sibi, azimuth: 315, distance: 8_000)
        let p = try place([Clue(.at(lon: off.lon, lat: off.lat, accuracyM: 200)), Clue(.near(place: "Sibi", withinKm: 15))])
        let snap = try #require(p.readings[0].snap)
        #expect(snap.offsetM > 2_000)
        #expect(p.warnings.contains { $0.contains("from the modelled line (threshold 2 km)") })
        #expect(p.conflicts.isEmpty)
    }

    @Test func twoSeparateStretchesAreSaid() throws {
        let p = try place([Clue(.distanceFrom(place: "Sibi", km: 16, by: .rail))])
        #expect(p.chainages.pieces.count == 2)
        #expect(p.warnings.contains { $0.hasPrefix("the clues allow 2 separate stretches") })
        #expect(p.chainageBasis == "the centre of the longest of the allowed stretches")
    }
}
