import Foundation
import Testing

@Suite struct SnapPointsCommandTests {
    @Test func snapsAFileToCSVAndReportsBadRows() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-sp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("gps.csv")
        // Mushkaf (chainage 125) and Sibi (141) station coordinates (OSM), then a bad row.
        try "id,lon,lat\nm,67.7306188,29.5647815\ns,67.8697687,29.5475664\nbad,x,1\n".write(to: input, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("snapped.csv")
        let r = try RoutemapBinary.run(["snap-points", input.path, "--out", out.path, "--jobs", "2"])
        #expect(r.status == 1, "one bad row → exit 1")
        #expect(r.stderr.contains("gps.csv:4 field 'lon'"))
        let lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
        #expect(lines[0] == "id,lon,lat,chainage_km,offset_m,side,line,km_post")
        #expect(lines[1].hasPrefix("m,67.7306188,29.5647815,125,") && lines[1].hasSuffix(",ML-3,259"))
        #expect(lines[2].hasPrefix("s,67.8697687,29.5475664,141,"))
    }

    @Test func streamsGeoJSONSequenceThroughStdio() throws {
        let r = try RoutemapBinary.run(["snap-points", "-", "--out", "-", "--input-format", "csv", "--output-format", "geojsonseq", "--quiet"],
                                       stdin: "lon,lat\n67.7306188,29.5647815\n")
        #expect(r.status == 0 && r.stderr.isEmpty)
        #expect(r.stdout.hasPrefix("\u{1E}{\"type\":\"Feature\""))
        let record = try JSONSerialization.jsonObject(with: Data(r.stdout.dropFirst().utf8)) as? [String: Any]
        #expect((record?["properties"] as? [String: Any])?["chainage_km"] as? Double == 125)
    }

    @Test func unusableInputIsExit2() throws {
        let r = try RoutemapBinary.run(["snap-points", "/nonexistent.csv", "--out", "-"])
        #expect(r.status == 2 && r.stdout.isEmpty && r.stderr.contains("/nonexistent.csv"))
        let header = try RoutemapBinary.run(["snap-points", "-", "--out", "-", "--input-format", "csv"], stdin: "a,b\n1,2\n")
        #expect(header.status == 2 && header.stderr.contains("header"))
        let jobs = try RoutemapBinary.run(["snap-points", "-", "--out", "-", "--jobs", "0"], stdin: "")
        #expect(jobs.status == 2 && jobs.stderr.contains("--jobs"))
    }
}
