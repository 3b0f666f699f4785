import Foundation
import Testing

/// `--text` and `--clue` on the map commands (export, render, map), alone and with `--incident`.
@Suite struct MapTextTests {
    static let report = """
    Officials said the train had been held inside the Mashkaf tunnel, in a mountainous area of the Bolan Pass.
    """

    @Test func exportAndRenderTakeTextAndClues() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-maptext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = directory.appendingPathComponent("report.txt")
        try Data(Self.report.utf8).write(to: text)

        let export = try RoutemapBinary.run(["export", "--text", text.path, "--clue", "near=Pehro Kunri", "--layers", "incident", "--out", directory.path])
        #expect(export.status == 0, "\(export.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("incident.geojson"))) as? [String: Any])
        let features = try #require(root["features"] as? [[String: Any]])
        let point = try #require(features.first { ($0["properties"] as? [String: Any])?["feature_type"] as? String == "incident" })
        let p = try #require(point["properties"] as? [String: Any])
        // Mushkaf tunnel 116–125 ∩ Pehro Kunri 116 ± 2 → 116–118
        #expect(p["from_chainage_km"] as? Double == 116 && p["to_chainage_km"] as? Double == 118)

        let hijacking = RoutemapBinary.repository.appendingPathComponent("GeoData/jaffar-express/incidents/JE-2025-03-11.json").path
        let svg = directory.appendingPathComponent("map.svg").path
        let render = try RoutemapBinary.run(["render", "--incident", hijacking, "--text", text.path, "--out", svg])
        // the shipped incident has 3 conflicting clues: written, then exit 3
        #expect(render.status == 3, "\(render.stderr)")
        #expect(FileManager.default.fileExists(atPath: svg))

        let page = directory.appendingPathComponent("map.html").path
        let map = try RoutemapBinary.run(["map", "--text", text.path, "--out", page])
        #expect(map.status == 0, "\(map.stderr)")
        #expect((try? String(contentsOfFile: page, encoding: .utf8))?.contains("Mushkaf tunnel") == true)

        let none = try RoutemapBinary.run(["export", "--layers", "incident", "--out", directory.path])
        #expect(none.status == 2 && none.stderr.contains("--text"))
    }
}
