import Foundation
import Testing

/// `place`, `distances` and `batch` warn when the nearest relief point is more than 100 km along the track.
@Suite struct ReliefWarningCommandTests {
    /// A relief file with one point: Sibi station's OSM coordinate (chainage 141).
    func sibiOnly(in folder: URL) throws -> String {
        let file = folder.appendingPathComponent("relief.geojson")
        try #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[67.8697687,29.5475664]},"properties":{"name":"Sibi depot","kind":"rail_station"}}]}"#
            .write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test func distancesAndBatchWarnWhenHelpIsFar() throws {
        let folder = try temporaryFolder("relief-warning")
        defer { try? FileManager.default.removeItem(at: folder) }
        let relief = try sibiOnly(in: folder)
        let far = try RoutemapBinary.run(["distances", "--clue", "chainage_km=1239", "--relief", relief, "--format", "json"])
        #expect(far.status == 0, "\(far.stderr)")
        let warnings = try #require(try far.json()["warnings"] as? [String])
        #expect(warnings.count == 1 && warnings[0].contains("Sibi depot, is 1098 km away (more than 100 km)"), "\(warnings)")
        let near = try RoutemapBinary.run(["distances", "--clue", "chainage_km=150", "--relief", relief, "--format", "json"])
        #expect((try near.json()["warnings"] as? [String]) == [])
        let table = try RoutemapBinary.run(["distances", "--clue", "chainage_km=1239", "--relief", relief])
        #expect(table.stdout.contains("warning: the nearest relief point along the track, Sibi depot"))

        let input = folder.appendingPathComponent("incidents.csv")
        try "id,title,time,chainage_km\nfar,Near Gujranwala,2025-01-01,1239\nnear,Near Sibi,2025-01-01,150\n".write(to: input, atomically: true, encoding: .utf8)
        let batch = try RoutemapBinary.run(["batch", input.path, "--out", folder.appendingPathComponent("out").path, "--relief", relief, "--quiet"])
        #expect(batch.status == 0, "\(batch.stderr)")
        let summary = try String(contentsOf: folder.appendingPathComponent("out/summary.csv"), encoding: .utf8).split(separator: "\n")
        #expect(summary.first { $0.contains(",far,") }?.contains("more than 100 km") == true)
        #expect(summary.first { $0.contains(",near,") }?.contains("more than 100 km") == false)
    }

    @Test func placeWarnsOnARouteWhoseReliefIsFar() throws {
        let folder = try temporaryFolder("relief-route")
        defer { try? FileManager.default.removeItem(at: folder) }
        let route = folder.appendingPathComponent("route")
        try FileManager.default.copyItem(at: RoutemapBinary.repository.appendingPathComponent("GeoData/jaffar-express"), to: route)
        let csv = route.appendingPathComponent("relief_points.csv")
        let rows = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n")
        try (rows.prefix(3).joined(separator: "\n") + "\n").write(to: csv, atomically: true, encoding: .utf8)   // Quetta and Sibi stations only
        let r = try RoutemapBinary.run(["place", "--clue", "chainage_km=1239", "--data", route.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let warnings = try #require(try r.json()["warnings"] as? [String])
        #expect(warnings.contains { $0.contains("Sibi railway station, is 1098 km away") }, "\(warnings)")
        let shipped = try RoutemapBinary.run(["place", "--clue", "chainage_km=1239", "--format", "json"])
        #expect(!((try shipped.json()["warnings"] as? [String]) ?? []).contains { $0.contains("more than 100 km") })
    }
}
