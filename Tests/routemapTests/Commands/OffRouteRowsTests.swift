import Foundation
import Testing

/// Rows whose coordinate is far off the line fail on their own (exit 1), naming the row and, when
/// longitude and latitude look swapped, saying so; the other rows are placed or snapped as before.
@Suite struct OffRouteRowsTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-offroute-\(UUID().uuidString)")

    func file(_ name: String, _ text: String) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func aBatchRowWithSwappedColumnsFailsThatRow() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // Mach (29.86694 N, 67.32639 E) given the right way round, then swapped.
        let input = try file("t.csv", "id,lat,lon,accuracy_m\nright,29.86694,67.32639,2000\nswapped,67.32639,29.86694,2000\n")
        let out = folder.appendingPathComponent("out")
        let r = try RoutemapBinary.run(["batch", input, "--out", out.path, "--quiet"])
        #expect(r.status == 1 && r.stderr.contains("1 of 2 rows failed"), "\(r.stderr)")
        let errors = try String(contentsOf: out.appendingPathComponent("errors.csv"), encoding: .utf8)
        #expect(errors.contains("2,swapped,lat,"), "\(errors)")
        #expect(errors.contains("longitude and latitude look swapped: lon 67.3264, lat 29.8669"), "\(errors)")
        let summary = try String(contentsOf: out.appendingPathComponent("summary.csv"), encoding: .utf8)
        #expect(summary.contains("1,right,placed,"))
    }

    @Test func aSnapPointsRowFarOffTheLineFailsThatRow() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // Sibi station (on the line), the same swapped, and Karachi (far, not swapped).
        let input = try file("p.csv", "id,lon,lat\ns,67.8697687,29.5475664\nswapped,29.5475664,67.8697687\nkarachi,67.01,24.86\n")
        let out = folder.appendingPathComponent("s.csv")
        let r = try RoutemapBinary.run(["snap-points", input, "--out", out.path, "--quiet"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("p.csv:3: lon 29.5476, lat 67.8698 is") && r.stderr.contains("look swapped"), "\(r.stderr)")
        #expect(r.stderr.contains("p.csv:4: lon 67.01, lat 24.86 is") && r.stderr.contains("more than the 50 km allowed"), "\(r.stderr)")
        let rows = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
        #expect(rows.count == 2 && rows[1].hasPrefix("s,"))
        let wider = try RoutemapBinary.run(["snap-points", input, "--out", out.path, "--quiet", "--max-offset-km", "1000"])
        #expect(wider.status == 1, "only the swapped row (thousands of km off) still fails: \(wider.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8).split(separator: "\n").count == 3)
    }

    @Test func aSnapStdinLineFarOffTheLineFailsThatLine() throws {
        let r = try RoutemapBinary.run(["snap"], stdin: "29.5475664 67.8697687 swapped\n67.8697687 29.5475664 s\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("stdin:1") && r.stderr.contains("look swapped: lon 67.8698, lat 29.5476"), "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasSuffix("\ts"), "\(r.stdout)")
    }
}
