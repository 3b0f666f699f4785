import Foundation
import Testing

@Suite struct SnapCommandTests {
    @Test func snapGivesChainageOffsetSideLineAndPost() throws {
        let r = try RoutemapBinary.run(["snap", "--lon", "67.73", "--lat", "29.56", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try r.json()
        let chainage = try #require(json["chainage_km"] as? Double)
        // Near Mushkaf (chainage 125, 29.5648 N 67.7306 E): the point is ~530 m south of the station.
        #expect(abs(chainage - 125) < 1.5)
        let offset = try #require(json["offset_m"] as? Double)
        #expect(offset > 0 && offset < 600)
        #expect(["left", "right"].contains(json["side"] as? String))
        #expect(json["line"] as? String == "ML-3")
        #expect(abs((json["km_post"] as? Double ?? 0) - (384 - chainage)) < 1e-6)
        #expect((json["point"] as? [Double])?.count == 2)
    }

    @Test func stationCoordinatesSnapToTheirPosts() throws {
        // Sibi Junction, OSM node 3965127795: km post 243 on ML-3 = chainage 141.
        let r = try RoutemapBinary.run(["snap", "--lon", "67.8697687", "--lat", "29.5475664", "--format", "json"])
        let json = try r.json()
        #expect(abs((json["chainage_km"] as? Double ?? 0) - 141) < 0.01)
        #expect((json["offset_m"] as? Double ?? 99) < 1)
    }

    @Test(arguments: [(["--lon", "67", "--lat", "91"], "--lat"), (["--lon", "200", "--lat", "29"], "--lon"),
                      (["--lon", "67", "--lat", "x"], "--lat"), (["--lon", "67", "--lat", "29", "--window", "5"], "--window")])
    func badCoordinatesAreUsageErrors(arguments: [String], named: String) throws {
        let r = try RoutemapBinary.run(["snap"] + arguments)
        #expect(r.status == 2 && r.stdout.isEmpty)
        #expect(r.stderr.contains(named), "\(r.stderr)")
    }
}

@Suite struct SnapFarPointTests {
    @Test func aPointFarFromTheLineCarriesAWarning() throws {
        // Karachi (24.86 N 67.01 E) is far south of the route (more than the default 50 km: refused
        // unless --max-offset-km allows it); Sibi's station is on it.
        let refused = try RoutemapBinary.run(["snap", "--lon", "67.01", "--lat", "24.86", "--format", "json"])
        #expect(refused.status == 2 && refused.stdout.isEmpty)
        #expect(refused.stderr.contains("km from the line, more than the 50 km allowed (--max-offset-km)"), "\(refused.stderr)")
        let far = try RoutemapBinary.run(["snap", "--lon", "67.01", "--lat", "24.86", "--format", "json", "--max-offset-km", "1000"])
        #expect(far.status == 0)
        let json = try far.json()
        #expect((json["offset_m"] as? Double ?? 0) > 100_000)
        #expect((json["warning"] as? String)?.contains("km from the line") == true)
        let near = try RoutemapBinary.run(["snap", "--lon", "67.8697687", "--lat", "29.5475664", "--format", "json"])
        #expect(try near.json()["warning"] == nil)
    }
}
