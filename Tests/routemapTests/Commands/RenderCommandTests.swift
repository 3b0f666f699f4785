import Foundation
import FoundationXML
import Testing

@Suite struct RenderCommandTests {
    let hijacking = RoutemapBinary.repository.appendingPathComponent("GeoData/jaffar-express/incidents/JE-2025-03-11.json").path

    @Test func drawsTheMapAndTheProfileForTheIncident() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("map.svg"), profile = folder.appendingPathComponent("profile.svg")
        let r = try RoutemapBinary.run(["render", "--incident", hijacking, "--out", map.path, "--profile", profile.path])
        // Both written, then exit 3 as `place` does: the shipped incident has clues set aside, named on stderr.
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stdout.isEmpty && r.stderr.contains("wrote \(map.path)") && r.stderr.contains("wrote \(profile.path)"))
        #expect(r.stderr.contains("placed with 3 conflicting clue(s): clue 7 (near Panir"))
        let mapText = try String(contentsOf: map, encoding: .utf8)
        #expect(mapText.hasPrefix("<svg") || mapText.hasPrefix("<?xml"))
        for expected in ["Pehro Kunri", "Mushkaf", "OpenStreetMap", "km"] { #expect(mapText.contains(expected), "\(expected)") }
        // Foundation's XML parser (independent of the renderer) accepts both files.
        for file in [map, profile] {
            let parser = try #require(XMLParser(contentsOf: file))
            #expect(parser.parse(), "\(file.lastPathComponent): \(String(describing: parser.parserError))")
        }
        let profileText = try String(contentsOf: profile, encoding: .utf8)
        #expect(profileText.contains("1 in 25") && profileText.contains("Kolpur"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["map.svg", "profile.svg"])
    }

    @Test func argumentsAreChecked() throws {
        let none = try RoutemapBinary.run(["render"])
        #expect(none.status == 2 && none.stderr.contains("--out"))
        let radius = try RoutemapBinary.run(["render", "--out", "/tmp/x.svg", "--radius-km", "-1"])
        #expect(radius.status == 2 && radius.stderr.contains("--radius-km"))
        let help = try RoutemapBinary.run(["render", "--help"])
        #expect(help.status == 0 && help.stdout.contains("Example"))
    }
}
