import Foundation
import Testing

@Suite struct PlaceCommandTests {
    let hijacking = RoutemapBinary.repository.appendingPathComponent("GeoData/jaffar-express/incidents/JE-2025-03-11.json").path

    /// Hand derivation (GeoData/jaffar-express/incidents/README.md): the full-weight clues overlap at
    /// chainage 115–125 km (Pehro Kunri 116 … Mushkaf 125, ML-3 posts 268 … 259); near Panir, near Ab-e-Gum
    /// and near Sibi disagree.
    @Test func theShippedHijackingIsPlacedWithItsConflicts() throws {
        let r = try RoutemapBinary.run(["place", hijacking, "--format", "json"])
        #expect(r.status == 3, "conflicts → exit 3: \(r.stderr)")
        let json = try r.json()
        #expect(json["id"] as? String == "JE-2025-03-11")
        #expect(json["interval_km"] as? [Double] == [115, 125])
        #expect(json["chainage_km"] as? Double == 120 && json["km_post"] as? Double == 264 && json["line"] as? String == "ML-3")
        #expect(json["between"] as? [String] == ["Pehro Kunri", "Mushkaf"])
        let conflicts = try #require(json["conflicts"] as? [[String: Any]])
        #expect(conflicts.compactMap { $0["clue"] as? Int }.sorted() == [7, 10, 11])
        #expect(conflicts.allSatisfy { ($0["reason"] as? String)?.isEmpty == false })
        #expect((json["warnings"] as? [String])?.contains { $0.contains("Gudalar") } == true)
        for key in ["uncertainty_km", "point", "tunnel", "terrain", "elevation_m"] { #expect(json.keys.contains(key), "\(key)") }
    }

    @Test func quickCluesOnTheCommandLine() throws {
        // Nuttall is ML-3 km 148 (chainage 236), Dera Murad Jamali km 121 (263); ML-3 km 130 = chainage 254.
        let r = try RoutemapBinary.run(["place", "--clue", "between=Nuttall,Dera Murad Jamali", "--clue", "km_post=ML-3:130", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try r.json()
        #expect(json["interval_km"] as? [Double] == [253.5, 254.5])
        #expect((json["conflicts"] as? [Any])?.isEmpty == true)
        let conflict = try RoutemapBinary.run(["place", "--clue", "between=Nuttall,Dera Murad Jamali", "--clue", "km_post=ML-3:300", "--format", "json"])
        #expect(conflict.status == 3)
        #expect(((try conflict.json())["conflicts"] as? [[String: Any]])?.count == 1)
    }

    @Test func badIncidentsAreUsageErrors() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-place-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("broken.json")
        try #"{"id": "x", "clues": [{"chainage_km": "far"}]}"#.write(to: broken, atomically: true, encoding: .utf8)
        let r = try RoutemapBinary.run(["place", broken.path])
        #expect(r.status == 2 && r.stdout.isEmpty)
        #expect(r.stderr.contains("clues[0]"), "\(r.stderr)")
        let invalid = try RoutemapBinary.run(["place", "-"], stdin: "{\"id\": ")
        #expect(invalid.status == 2 && invalid.stderr.contains("line 1"), "\(invalid.stderr)")
        let none = try RoutemapBinary.run(["place"])
        #expect(none.status == 2 && none.stderr.contains("--clue"))
        let badClue = try RoutemapBinary.run(["place", "--clue", "km_post=ML-9"])
        #expect(badClue.status == 2 && badClue.stderr.contains("km_post=ML-9"))
        let nowhere = try RoutemapBinary.run(["place", "--clue", "near=Atlantis"])
        #expect(nowhere.status == 2 && nowhere.stderr.contains("Atlantis"))
    }

    @Test func distancesAreSortedAlongTheTrackWithETAs() throws {
        let r = try RoutemapBinary.run(["distances", hijacking, "--format", "json"])
        #expect(r.status == 3)
        let json = try r.json()
        #expect((json["incident"] as? [String: Any])?["chainage_km"] as? Double == 120)
        let relief = try #require(json["relief"] as? [[String: Any]])
        #expect(relief.count >= 5)
        let along = relief.compactMap { $0["along_track_km"] as? Double }
        #expect(along == along.sorted() && along.count == relief.count)
        for entry in relief {
            for key in ["name", "kind", "distance_m", "azimuth_deg", "access_chainage_km", "along_track_km", "eta_rail_min", "eta_air_min"] {
                #expect(entry.keys.contains(key), "\(key)")
            }
        }
        // Quetta station is at chainage 0: 120 km back along the track from the placed point.
        let quetta = try #require(relief.first { ($0["name"] as? String)?.hasPrefix("Quetta railway") == true })
        #expect(abs((quetta["along_track_km"] as? Double ?? 0) - 120) < 1e-6)
    }
}

@Suite struct ReliefOptionTests {
    @Test func distancesMeasureAgainstTheUsersOwnReliefPoints() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-relief-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("relief.geojson")
        // One point: Mushkaf station's OSM coordinate (chainage 125).
        try #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[67.7306188,29.5647815]},"properties":{"name":"Mushkaf aid post","kind":"staging_area"}}]}"#
            .write(to: file, atomically: true, encoding: .utf8)
        let r = try RoutemapBinary.run(["distances", "--clue", "chainage_km=120", "--relief", file.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let relief = try #require(try r.json()["relief"] as? [[String: Any]])
        #expect(relief.count == 1 && relief[0]["name"] as? String == "Mushkaf aid post")
        #expect(abs((relief[0]["along_track_km"] as? Double ?? 0) - 5) < 0.01)
        let bad = folder.appendingPathComponent("bad.geojson")
        try #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[67,29]},"properties":{"kind":"hospital"}}]}"#
            .write(to: bad, atomically: true, encoding: .utf8)
        let refused = try RoutemapBinary.run(["distances", "--clue", "chainage_km=120", "--relief", bad.path])
        #expect(refused.status == 2 && refused.stdout.isEmpty)
        #expect(refused.stderr.contains("features[0].properties.name"), "\(refused.stderr)")
    }
}
