import Foundation
import Testing

@Suite struct ValidateCommandTests {
    @Test func everyProblemIsPrintedWithItsPath() throws {
        let folder = try temporaryFolder("validate")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.geojson")
        try Data("""
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [67.0, 95.0]}, "properties": {}},
          {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[0,0],[0,1],[1,1],[1,0],[0,0]]]}, "properties": {}},
          {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[67.0, 29.0]]}, "properties": {}},
          {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,1]]]}, "properties": {}}
        ]}
        """.utf8).write(to: file)
        let r = try RoutemapBinary.run(["validate", file.path])
        #expect(r.status == 1, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count >= 4, "\(r.stdout)")
        #expect(lines.allSatisfy { $0.hasPrefix("\(file.path): features[") })
        for index in 0..<4 { #expect(lines.contains { $0.hasPrefix("\(file.path): features[\(index)].geometry.coordinates") }, "feature \(index): \(r.stdout)") }
        #expect(lines.contains { $0.contains("features[0].geometry.coordinates[1]") })

        let json = try RoutemapBinary.run(["validate", file.path, "--format", "json"])
        let files = try #require(try json.json()["files"] as? [[String: Any]])
        #expect(files.first?["valid"] as? Bool == false && (files.first?["problems"] as? [Any])?.count == lines.count)
    }

    @Test func exportsAreValid() throws {
        let folder = try temporaryFolder("validate")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try RoutemapBinary.run(["export", "--incident", shippedIncident, "--out", folder.path]).status == 3, "written, then exit 3: the shipped incident has conflicting clues")
        #expect(try RoutemapBinary.run(["export", "--layers", "terrain", "--seq", "--out", folder.path]).status == 0)
        let files = contents(of: folder).map { folder.appendingPathComponent($0).path }
        #expect(files.count == 10)
        let r = try RoutemapBinary.run(["validate"] + files)
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.split(separator: "\n").count == 10 && r.stdout.split(separator: "\n").allSatisfy { $0.hasSuffix(": valid") })
        let stdin = try RoutemapBinary.run(["validate", "-"], stdin: "{\"type\":\"Point\",\"coordinates\":[67,29]}")
        #expect(stdin.status == 0 && stdin.stdout == "-: valid\n")
    }

    @Test func unreadableFilesExitTwo() throws {
        let r = try RoutemapBinary.run(["validate", "/nonexistent/x.geojson"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/nonexistent/x.geojson: no such file"), "\(r.stderr)")
        let none = try RoutemapBinary.run(["validate"])
        #expect(none.status == 2)
    }
}
