import Foundation
import Testing

/// `snap-points --trace COLUMN --time COLUMN` through the real binary.
@Suite struct SnapPointsTraceTests {
    /// Positions on the line at chainages, from `routemap locate` reading stdin.
    func positions(_ kms: [Double]) throws -> [(Double, Double)] {
        let r = try RoutemapBinary.run(["locate"], stdin: kms.map { "\($0)" }.joined(separator: "\n") + "\n")
        return r.stdout.split(separator: "\n").map { line in
            let cells = line.split(separator: "\t")
            return (Double(cells[1])!, Double(cells[2])!)
        }
    }

    @Test func twoInterleavedTracesAreMatchedInTimeOrderAndWrittenInInputOrder() throws {
        // Train A runs km 100 → 104 and train B km 200 → 196, a fix every 50 s at 36 km/h (0.5 km).
        let kmA = (0...8).map { 100 + Double($0) * 0.5 }, kmB = (0...8).map { 200 - Double($0) * 0.5 }
        let a = try positions(kmA), b = try positions(kmB)
        var rows: [String] = []
        for k in (0...8).reversed() {  // newest first: the matcher must order by time
            let time = String(format: "2025-03-11T10:%02d:%02dZ", (k * 50) / 60, (k * 50) % 60)
            rows.append("a\(k),A,\(time),\(a[k].0),\(a[k].1)")
            rows.append("b\(k),B,\(time),\(b[k].0),\(b[k].1)")
        }
        let r = try RoutemapBinary.run(["snap-points", "-", "--out", "-", "--trace", "train", "--time", "time"],
                                       stdin: "id,train,time,lon,lat\n" + rows.joined(separator: "\n") + "\n")
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines[0] == ["id", "lon", "lat", "chainage_km", "offset_m", "side", "line", "km_post", "speed_kmh", "jump", "train", "time"])
        #expect(lines.dropFirst().map { $0[0] } == rows.map { String($0.split(separator: ",")[0]) }, "input order kept")
        for line in lines.dropFirst() {
            let k = Int(line[0].dropFirst())!
            let expected = line[0].hasPrefix("a") ? kmA[k] : kmB[k]
            #expect(abs(Double(line[3])! - expected) < 0.01, "\(line)")
            #expect(line[9] == "false")
            if k == 0 { #expect(line[8].isEmpty, "no speed for a trace's first fix") } else { #expect(abs(Double(line[8])! - 36) < 1, "\(line)") }
        }
    }

    @Test func badTimesAndUnknownColumns() throws {
        let bad = try RoutemapBinary.run(["snap-points", "-", "--out", "-", "--trace", "train", "--time", "time"],
                                         stdin: "train,time,lon,lat\nA,yesterday,67.7306188,29.5647815\nA,2025-03-11T10:00:00Z,67.7306188,29.5647815\n")
        #expect(bad.status == 1 && bad.stderr.contains("stdin:2 field 'time': 'yesterday' is not a time"), "\(bad.stderr)")
        #expect(bad.stdout.split(separator: "\n").count == 2, "header and the good row")
        let unknown = try RoutemapBinary.run(["snap-points", "-", "--out", "-", "--trace", "vehicle"], stdin: "train,lon,lat\nA,67.73,29.56\n")
        #expect(unknown.status == 2 && unknown.stderr.contains("vehicle") && unknown.stdout.isEmpty, "\(unknown.stderr)")
        let timeAlone = try RoutemapBinary.run(["snap-points", "-", "--out", "-", "--time", "time"], stdin: "lon,lat\n1,2\n")
        #expect(timeAlone.status == 2 && timeAlone.stderr.contains("--trace"))
    }
}
