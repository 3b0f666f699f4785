import Foundation
import Testing

/// `snap`, `locate` and `distance` read stdin one record a line when given no coordinates, as PROJ's
/// cs2cs and geod do, and write one line each.
@Suite struct StdinRecordsTests {
    @Test func snapReadsSpacesCommasAndIdsAndWritesALineEach() throws {
        // Mushkaf (125) and Sibi (141) stations, OSM coordinates; a comment and a blank line are skipped.
        let r = try RoutemapBinary.run(["snap"], stdin: "67.7306188 29.5647815\n# comment\n\n67.8697687,29.5475664 sibi station\n")
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(lines.count == 2)
        #expect(lines[0].count == 5 && lines[0][0] == "125.000" && lines[0][3] == "ML-3" && lines[0][4] == "259.000")
        #expect(lines[1].count == 6 && lines[1][0] == "141.000" && lines[1][5] == "sibi station")
    }

    @Test func snapJSONLinesCarryTheIdAndTheContractFields() throws {
        let r = try RoutemapBinary.run(["snap", "-f", "json"], stdin: "67.7306188 29.5647815 m\n67.8697687 29.5475664\n")
        #expect(r.status == 0)
        let records = try r.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(records.count == 2)
        #expect(records[0]["id"] as? String == "m" && records[0]["chainage_km"] as? Double == 125)
        #expect(records[1]["id"] == nil && records[1]["line"] as? String == "ML-3")
    }

    @Test func badLinesAreNamedSkippedAndExitOne() throws {
        let r = try RoutemapBinary.run(["snap"], stdin: "67.73 95\nx 29\n67.7306188 29.5647815\n67.7\n")
        #expect(r.status == 1)
        #expect(r.stdout.split(separator: "\n").count == 1, "the good line is still written")
        #expect(r.stderr.contains("stdin:1: field 'lat': 95.0 is outside"))
        #expect(r.stderr.contains("stdin:2: field 'lon': 'x' is not a number"))
        #expect(r.stderr.contains("stdin:4: field 'lat' is missing"))
    }

    @Test func locateReadsChainages() throws {
        let r = try RoutemapBinary.run(["locate"], stdin: "125 a\n0\n")
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        // km 125 is Mushkaf (OSM 67.7306188 E 29.5647815 N, ML-3 km 259, elevation 143 m); km 0 is Quetta.
        #expect(lines[0][0] == "125.000" && lines[0][3...] == ["ML-3", "259.000", "143", "a"])
        #expect(abs(Double(lines[0][1])! - 67.7306188) < 1e-6 && abs(Double(lines[0][2])! - 29.5647815) < 1e-6)
        #expect(lines[1][0] == "0.000" && lines[1][1] == "67.000756")
        let json = try RoutemapBinary.run(["locate", "--format", "json"], stdin: "125\n")
        let record = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(record?["between"] as? [String] == ["Mushkaf", "Nari Bank"])
        let out = try RoutemapBinary.run(["locate"], stdin: "9999\n")
        #expect(out.status == 1 && out.stderr.contains("stdin:1: field 'km': 9999.0 is outside the valid range 0 … 1635"))
    }

    /// Reference: pyproj Geod(ellps="WGS84").inv(67.01, 30.19, 71.56, 34.0) = 602,319.4525 m, azimuth
    /// 44.28207° (engineering-notes.md).
    @Test func distanceReadsTwoPointsALineInGeodsOrder() throws {
        let r = try RoutemapBinary.run(["distance"], stdin: "67.01 30.19 71.56 34.0 q\n67.01,30.19,71.56,34.0\n")
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(lines.count == 2 && lines[0].count == 4 && lines[0][3] == "q")
        #expect(abs(Double(lines[0][0])! - 44.28207) < 1e-5)
        #expect(abs(Double(lines[0][2])! - 602_319.4525) < 0.001)
        let json = try RoutemapBinary.run(["distance", "-f", "json"], stdin: "67.01 30.19 71.56 34.0\n")
        let record = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(abs((record?["distance_m"] as? Double ?? 0) - 602_319.4525) < 0.001)
        let bad = try RoutemapBinary.run(["distance"], stdin: "67.01 30.19 71.56 95\n")
        #expect(bad.status == 1 && bad.stderr.contains("field 'lat2'"))
    }

    @Test func csvIsRefusedOnStdinAndHalfAPointIsAUsageError() throws {
        let csv = try RoutemapBinary.run(["snap", "--format", "csv"], stdin: "67.73 29.56\n")
        #expect(csv.status == 2 && csv.stdout.isEmpty && csv.stderr.contains("--format"))
        let half = try RoutemapBinary.run(["snap", "--lon", "67.73"])
        #expect(half.status == 2 && half.stderr.contains("--lon and --lat go together"))
    }
}
