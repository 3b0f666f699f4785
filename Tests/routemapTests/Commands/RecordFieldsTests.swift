import Foundation
import Testing

/// The conflict-data record fields (admin areas, location phrase, ACLED/UCDP/GTD codes) in place JSON,
/// the incident layer, batch's summary.csv and `batch --format acled`, read back by GDAL's ogrinfo
/// where the file is a table.
@Suite struct RecordFieldsTests {
    let hijacking = RoutemapBinary.repository.appendingPathComponent("GeoData/jaffar-express/incidents/JE-2025-03-11.json").path

    func temporary() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-record-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Hand derivation: the clues agree on 115–125 km (± 5.5 km with post rounding), all in Kachhi
    /// district (admin_areas.csv: Kolpur–Mushkaf, boundaries at 37 and 129 km), Balochistan. ± 5.5 km is
    /// more than a particular place (2 km) and within UCDP's limited area (25 km): ACLED 2, UCDP 2;
    /// one district: GTD 3; the placed point (120 km) is 4 km from Pehro Kunri: vicinity 1.
    @Test func placeJSONCarriesTheRecordFields() throws {
        let json = try RoutemapBinary.run(["place", hijacking, "--format", "json"]).json()
        #expect(json["admin1"] as? String == "Balochistan" && json["admin2"] as? String == "Kachhi")
        #expect(json["admin1_all"] as? [String] == ["Balochistan"] && json["admin2_all"] as? [String] == ["Kachhi"])
        #expect(json["location"] as? String == "Tunnel No. 8 near Pehro Kunri, Bolan Pass, ML-3 km 264 ± 5.5 km, Kachhi district, Balochistan")
        #expect(json["geo_precision"] as? Int == 2 && json["where_prec"] as? Int == 2)
        #expect(json["specificity"] as? Int == 3 && json["vicinity"] as? Int == 1)

        // A km post pins it: ML-3 post 243 is Sibi (141 km), ± 0.5 km → particular place, at the station.
        let sibi = try RoutemapBinary.run(["place", "--clue", "km_post=ML-3:243", "--format", "json"]).json()
        #expect(sibi["geo_precision"] as? Int == 1 && sibi["where_prec"] as? Int == 1 && sibi["specificity"] as? Int == 1)
        #expect(sibi["vicinity"] as? Int == 0 && sibi["admin2"] as? String == "Sibi")
        // Spanning provinces: Dera Allahyar (287, Balochistan) to Jacobabad (300, Sindh).
        let border = try RoutemapBinary.run(["place", "--clue", "between=Dera Allahyar,Jacobabad", "--format", "json"]).json()
        #expect(border["admin1_all"] as? [String] == ["Balochistan", "Sindh"] && border["admin2_all"] as? [String] == ["Jafarabad", "Jacobabad"])
        #expect(border["where_prec"] as? Int == 2 && border["specificity"] as? Int == 5 && border["geo_precision"] as? Int == 3)
    }

    @Test func theIncidentLayerCarriesThem() throws {
        let directory = try temporary()
        defer { try? FileManager.default.removeItem(at: directory) }
        let r = try RoutemapBinary.run(["export", "--incident", hijacking, "--layers", "incident", "--out", directory.path])
        #expect(r.status == 3, "written, then exit 3 for the 3 conflicting clues: \(r.stderr)")
        let data = try Data(contentsOf: directory.appendingPathComponent("incident.geojson"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let features = try #require(root["features"] as? [[String: Any]])
        let point = try #require(features.first { ($0["properties"] as? [String: Any])?["feature_type"] as? String == "incident" })
        let p = try #require(point["properties"] as? [String: Any])
        #expect(p["admin1"] as? String == "Balochistan" && p["admin2_all"] as? String == "Kachhi")
        #expect((p["location"] as? String)?.hasPrefix("Tunnel No. 8 near Pehro Kunri") == true)
        #expect(p["where_prec"] as? Int == 2 && p["specificity"] as? Int == 3)
    }

    @Test func batchSummaryAndACLEDRows() throws {
        let directory = try temporary()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.csv")
        try Data("""
        id,title,time,tunnel,terrain,province,elapsed,km_post,line
        wire,Train attacked in a tunnel,2025-03-11T13:00:00+05:00,any,mountainous,Balochistan,,,
        timed,Timed,,any,,,"Quetta@09:00,13:00",,
        post,Blast at Sibi,2025-08-07T10:00:00+05:00,,,,,243,ML-3

        """.utf8).write(to: input)
        let out = directory.appendingPathComponent("out")
        let r = try RoutemapBinary.run(["batch", input.path, "--out", out.path, "--quiet", "--format", "acled"])
        #expect(r.status == 0, "\(r.stderr)")
        let summary = try ogrinfo(out.appendingPathComponent("summary.csv"))
        #expect(summary.contains("admin1 (String) = Balochistan"))
        #expect(summary.contains("location (String) = one of 5 tunnels between km 25 and km 125"))
        #expect(summary.contains("where_prec (String) = 1") && summary.contains("geo_precision (String) = 3"))
        let acled = try ogrinfo(out.appendingPathComponent("acled.csv"))
        #expect(acled.contains("event_id_cnty (String) = post") && acled.contains("event_date (String) = 2025-08-07"))
        #expect(acled.contains("admin2 (String) = Sibi") && acled.contains("geo_precision (String) = 1"))
        #expect(acled.contains("country (String) = Pakistan"))
        #expect(acled.contains("Feature Count: 3"))
    }

    /// GDAL reading a CSV: every feature's fields as `name (String) = value`.
    func ogrinfo(_ url: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["ogrinfo", "-ro", "-al", url.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "ogrinfo \(url.lastPathComponent)")
        return String(decoding: data, as: UTF8.self)
    }
}
