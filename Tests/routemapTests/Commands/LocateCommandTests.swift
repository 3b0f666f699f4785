import Foundation
import Testing

@Suite struct LocateCommandTests {
    @Test func locateGivesTheContractFields() throws {
        let r = try RoutemapBinary.run(["locate", "--km", "125", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try r.json()
        #expect(json["chainage_km"] as? Double == 125)
        #expect(json["line"] as? String == "ML-3" && json["km_post"] as? Double == 259)
        // Mushkaf station: OSM node 3966714667 at 29.5647815 N 67.7306188 E, elevation 143 m (de.wikipedia).
        let point = try #require(json["point"] as? [Double])
        #expect(abs(point[0] - 67.7306188) < 1e-6 && abs(point[1] - 29.5647815) < 1e-6)
        #expect(json["elevation_m"] as? Double == 143)
        #expect(json["between"] as? [String] == ["Mushkaf", "Nari Bank"])
        #expect(json.keys.contains("tunnel") && json.keys.contains("terrain"))
    }

    /// Mushkaf (km 125) has a sourced height; km 120 lies between two stations with sourced heights
    /// (the last of them Mushkaf), so its elevation is interpolated and says so; km 1000 has none.
    @Test func elevationSaysWhereItComesFrom() throws {
        let sources = try ["125", "120", "1000"].map { km -> (Any?, Any?) in
            let json = try RoutemapBinary.run(["locate", "--km", km, "--format", "json"]).json()
            return (json["elevation_m"], json["elevation_source"])
        }
        #expect(sources[0].1 as? String == "station")
        #expect(sources[1].1 as? String == "interpolated" && sources[1].0 is Double)
        #expect(sources[2].0 is NSNull && sources[2].1 is NSNull)
    }

    /// `locate`, `snap` and `place` round the same figures the same way: place at chainage 120.5 km, locate
    /// that chainage and snap the placed point, and the shared fields read the same; decimals are
    /// km 3, coordinates 6, elevation and offset 1.
    @Test func locateSnapAndPlaceRoundAlike() throws {
        let placed = try RoutemapBinary.run(["place", "--clue", "chainage_km=120.5", "--format", "json"]).json()
        let chainage = try #require(placed["chainage_km"] as? Double)
        let located = try RoutemapBinary.run(["locate", "--km", String(chainage), "--format", "json"]).json()
        for key in ["chainage_km", "km_post", "elevation_m", "line"] {
            #expect("\(placed[key] ?? "nil")" == "\(located[key] ?? "nil")", "\(key)")
        }
        let point = try #require(placed["point"] as? [Double])
        #expect(point == located["point"] as? [Double])
        let snapped = try RoutemapBinary.run(["snap", "--lon", String(point[0]), "--lat", String(point[1]), "--format", "json"]).json()
        #expect(abs((snapped["chainage_km"] as? Double ?? 0) - chainage) <= 0.001)
        func decimals(_ value: Any?) -> Int {
            guard let number = value as? Double else { return -1 }
            let text = "\(number)"
            return text.hasSuffix(".0") ? 0 : text.split(separator: ".").last.map(\.count) ?? 0
        }
        #expect(decimals(located["elevation_m"]) <= 1 && decimals(snapped["offset_m"]) <= 1)
        #expect(decimals(snapped["chainage_km"]) <= 3 && decimals(snapped["km_post"]) <= 3)
        #expect((snapped["point"] as? [Double])?.allSatisfy { decimals($0) <= 6 } == true)
    }

    @Test func tableIsTheDefault() throws {
        let r = try RoutemapBinary.run(["locate", "--km", "60"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("1 in 25") && r.stdout.contains("Hirok") && r.stdout.contains("Mach"))
    }

    @Test(arguments: [["--km", "-5"], ["--km", "9999"], ["--km", "abc"]])
    func badKilometresAreUsageErrors(arguments: [String]) throws {
        let r = try RoutemapBinary.run(["locate"] + arguments)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("--km") && r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
    }

    @Test func rangeIsNamedInTheError() throws {
        let r = try RoutemapBinary.run(["locate", "--km", "9999"])
        #expect(r.stderr.contains("0 … 1635"))
    }

    @Test func anotherRouteLoadsWithData() throws {
        let folder = RoutemapBinary.repository.appendingPathComponent("GeoData/jaffar-express").path
        let r = try RoutemapBinary.run(["locate", "--km", "0", "--data", folder, "--format", "json"])
        #expect(r.status == 0)
        #expect(try r.json()["line"] as? String == "ML-3")
        let missing = try RoutemapBinary.run(["locate", "--km", "0", "--data", "/nonexistent"])
        #expect(missing.status == 2 && missing.stderr.contains("/nonexistent") && missing.stdout.isEmpty)
    }

    @Test func brokenGeoDataNamesFileLineAndField() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-broken-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: RoutemapBinary.repository.appendingPathComponent("GeoData/jaffar-express"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let stations = folder.appendingPathComponent("stations.csv")
        let text = try String(contentsOf: stations, encoding: .utf8).replacingOccurrences(of: "30.103449,", with: "300.103449,")
        try text.write(to: stations, atomically: true, encoding: .utf8)
        let r = try RoutemapBinary.run(["summary", "--data", folder.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("stations.csv:3 field 'lat'"), "\(r.stderr)")
    }
}

@Suite struct LocateByNameTests {
    @Test func negativeKilometresReachTheRangeCheck() throws {
        let r = try RoutemapBinary.run(["locate", "--km", "-5"])
        #expect(r.status == 2 && r.stderr.contains("-5.0 is outside the valid range"), "\(r.stderr)")
    }

    @Test func aStationByNameOrAlias() throws {
        // Mushkaf: ML-3 km 259, chainage 125 (GeoData/jaffar-express/stations.csv).
        let r = try RoutemapBinary.run(["locate", "--station", "mushkaf", "-f", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try r.json()["chainage_km"] as? Double == 125)
        let missing = try RoutemapBinary.run(["locate", "--station", "Atlantis"])
        #expect(missing.status == 2 && missing.stderr.contains("Atlantis") && missing.stdout.isEmpty)
    }

    @Test func aKmPostOnALine() throws {
        let r = try RoutemapBinary.run(["locate", "--km-post", "ML-3:259", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try r.json()
        #expect(json["chainage_km"] as? Double == 125 && json["km_post"] as? Double == 259)
        for bad in ["ML-3", "XX:3", "ML-3:99999"] {
            let e = try RoutemapBinary.run(["locate", "--km-post", bad])
            #expect(e.status == 2 && e.stderr.contains("--km-post") && e.stdout.isEmpty, "\(bad): \(e.stderr)")
        }
        let both = try RoutemapBinary.run(["locate", "--km", "3", "--station", "Mach"])
        #expect(both.status == 2 && both.stderr.contains("alternatives"))
    }
}
