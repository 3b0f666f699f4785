import Foundation
import Testing

/// `batch --resume` must redo incidents when the route data they depend on changed: the old
/// fingerprint (route id, length, station count, relief points) reused folders after edits to speeds,
/// tunnels, areas or coordinates.
@Suite struct BatchResumeDataTests {
    @Test func editedSpeedsAreNotReused() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-resume-data-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let data = scratch.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RoutemapBinary.repository.appendingPathComponent("GeoData/jaffar-express"), to: data)
        let input = scratch.appendingPathComponent("in.csv")
        try Data("id,title,near\nJE-2025-08-07,Sibi outer signal,Sibi outer signal\n".utf8).write(to: input)
        let out = scratch.appendingPathComponent("out").path
        let arguments = ["batch", input.path, "--out", out, "--data", data.path, "--jobs", "1"]

        #expect(try RoutemapBinary.run(arguments + ["--quiet"]).status == 0)
        let same = try RoutemapBinary.run(arguments + ["--resume"])
        #expect(same.status == 0 && same.stderr.contains("1 reused"), "unchanged data is reused: \(same.stderr)")

        let speeds = data.appendingPathComponent("speeds.csv")
        let text = try String(contentsOf: speeds, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "0,41,40,assumption", with: "0,41,45,assumption")
        #expect(edited != text)
        try Data(edited.utf8).write(to: speeds)
        let changed = try RoutemapBinary.run(arguments + ["--resume"])
        #expect(changed.status == 0 && !changed.stderr.contains("reused"), "edited speeds are redone: \(changed.stderr)")
    }
}
