import Foundation
import Testing

@Suite struct BatchCommandTests {
    final class Scratch {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-batch-cli-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }

        func file(_ name: String, _ text: String) throws -> String {
            let file = url.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            return file.path
        }

        func text(_ path: String) throws -> String { try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8) }
    }

    // Facts from the shared reference table: the Sibi outer-signal bomb (JE-2025-08-07) and the Spezand
    // IED at ML-3 km post 359 (JE-2025-08-10).
    static let good = "id,title,near,line,km_post\nJE-2025-08-07,Sibi outer signal,Sibi outer signal,,\nJE-2025-08-10,Spezand IED,,ML-3,359\n"

    @Test func allPlacedIsExit0WithFilesAndASummaryLine() throws {
        let s = try Scratch()
        let r = try RoutemapBinary.run(["batch", try s.file("in.csv", Self.good), "--out", s.url.appendingPathComponent("out").path, "--jobs", "2"])
        #expect(r.status == 0 && r.stdout.isEmpty)
        #expect(r.stderr.contains("batch: 2 rows: 2 placed, 0 with conflicts, 0 failed in "))
        #expect(try s.text("out/summary.csv").split(separator: "\n")[1].hasPrefix("1,JE-2025-08-07,placed,141,"))
        #expect(try s.text("out/errors.csv") == "row,id,field,message\n")
        #expect(try s.text("out/JE-2025-08-10/place.json").contains("\"chainage_km\": 25"))
        #expect(try s.text("out/incidents.geojson").hasPrefix("{\"type\":\"FeatureCollection\""))
    }

    @Test func incidentsAreANamedAttributedLayerAtTheChosenPrecision() throws {
        let s = try Scratch()
        let r = try RoutemapBinary.run(["batch", try s.file("in.csv", Self.good), "--out", s.url.appendingPathComponent("out").path,
                                        "--precision", "2", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(try s.text("out/incidents.geojson").utf8)) as? [String: Any])
        #expect(root["name"] as? String == "incidents")
        #expect((root["attribution"] as? String)?.contains("OpenStreetMap") == true)
        for feature in root["features"] as? [[String: Any]] ?? [] {
            let point = (feature["geometry"] as? [String: Any])?["coordinates"] as? [Double] ?? []
            #expect(point.count == 2 && point.allSatisfy { ($0 * 100).rounded() == $0 * 100 }, "2 decimals: \(point)")
        }
        let layer = try s.text("out/JE-2025-08-10/incident.geojson")
        #expect(layer.range(of: #"\.\d{3,}\]"#, options: .regularExpression) == nil, "folder layers at 2 decimals too")
        let refused = try RoutemapBinary.run(["batch", try s.file("in2.csv", Self.good), "--out", s.url.appendingPathComponent("x").path, "--precision", "16"])
        #expect(refused.status == 2 && refused.stderr.contains("--precision"))
    }

    @Test(.enabled(if: GDAL.shouldRun, "ogrinfo is not on PATH (set CI to make this a failure)"))
    func theCombinedIncidentsFileInAGDALFormatOpensWithTypedColumns() throws {
        let s = try Scratch()
        let out = s.url.appendingPathComponent("out")
        let r = try RoutemapBinary.run(["batch", try s.file("in.csv", Self.good), "--out", out.path, "--format", "gpkg", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(names.contains("incidents.gpkg") && !names.contains("incidents.geojson") && !names.contains { $0.hasPrefix(".") }, "\(names)")
        let info = try GDAL.run(GDAL.ogrinfo, ["-ro", "-so", out.appendingPathComponent("incidents.gpkg").path, "incidents"]).output
        #expect(info.contains("Feature Count: 2") && info.contains("Geometry: Point"), "\(info)")
        #expect(info.contains("row: Integer64") && info.contains("chainage_km: Real") && info.contains("id: String"), "\(info)")
        let kml = try RoutemapBinary.run(["batch", try s.file("in.csv", Self.good), "--out", s.url.appendingPathComponent("k").path,
                                          "--format", "kml", "--quiet"])
        #expect(kml.status == 0, "\(kml.stderr)")
        let text = try s.text("k/incidents.kml")
        #expect(text.contains("<name>Sibi outer signal</name>") && text.contains("<name>Spezand IED</name>"), "titles become KML names")
    }

    @Test func conflictsAreExit3AndFailuresExit1() throws {
        let s = try Scratch()
        let conflict = "id,line,km_post,distance_from,distance_km,distance_by\nc,ML-3,268,Quetta,20,rail\n"
        let r3 = try RoutemapBinary.run(["batch", try s.file("c.csv", conflict), "--out", s.url.appendingPathComponent("c").path, "--quiet"])
        #expect(r3.status == 3 && r3.stderr.contains("conflicting") && !r3.stderr.contains("batch:"))
        let r1 = try RoutemapBinary.run(["batch", try s.file("f.csv", conflict + "bad,,,Atlantis,3,rail\n"), "--out", s.url.appendingPathComponent("f").path, "--quiet"])
        #expect(r1.status == 1 && r1.stderr.contains("1 of 2 rows failed"))
        #expect(try s.text("f/errors.csv").contains("2,bad,distance_from,"))
        #expect(try s.text("f/summary.csv").contains("1,c,conflicts,"))
    }

    @Test func stdinJSONLinesAndPlainProgressLines() throws {
        let s = try Scratch()
        let lines = #"{"id":"JE-2025-06-16","title":"Blast at Mach","clues":[{"at":[67.32639,29.86694],"accuracy_m":2000}]}"# + "\n"
        let r = try RoutemapBinary.run(["batch", "-", "--out", s.url.appendingPathComponent("out").path], stdin: lines)
        #expect(r.status == 0)
        #expect(r.stderr == r.stderr.trimmingCharacters(in: .newlines) + "\n" && r.stderr.hasPrefix("batch: 1 rows: 1 placed"),
                "no bar on a pipe; plain lines only every 5 s when the size is unknown")
        #expect(try s.text("out/summary.csv").contains("1,JE-2025-06-16,placed,"))
    }

    @Test func geoJSONPoints() throws {
        let s = try Scratch()
        let fc = #"{"type":"FeatureCollection","features":[{"type":"Feature","id":"QTA-2024-11-09","geometry":{"type":"Point","coordinates":[67.0,30.183]},"properties":{"accuracy_m":300}}]}"#
        let r = try RoutemapBinary.run(["batch", try s.file("in.geojson", fc), "--out", s.url.appendingPathComponent("out").path, "--quiet"])
        #expect(r.status == 0 && r.stderr.isEmpty)
        #expect(try s.text("out/QTA-2024-11-09/incident.geojson").contains("\"feature_type\":\"incident\""))
    }

    @Test func resumeReusesCompleteIncidents() throws {
        let s = try Scratch()
        let input = try s.file("in.csv", Self.good), out = s.url.appendingPathComponent("out").path
        _ = try RoutemapBinary.run(["batch", input, "--out", out, "--quiet"])
        let first = try s.text("out/summary.csv")
        try FileManager.default.removeItem(atPath: out + "/JE-2025-08-10/place.json")
        let r = try RoutemapBinary.run(["batch", input, "--out", out, "--resume"])
        #expect(r.status == 0 && r.stderr.contains("1 reused"))
        #expect(try s.text("out/summary.csv") == first)
    }

    @Test func unusableInputOrArgumentsAreExit2() throws {
        let s = try Scratch()
        let out = s.url.appendingPathComponent("out").path
        for arguments in [["batch", "/nonexistent.csv", "--out", out], ["batch", try s.file("h.csv", "name,value\na,1\n"), "--out", out],
                          ["batch", try s.file("g.csv", Self.good), "--out", out, "--jobs", "0"], ["batch", "-", "--out", out]] {
            let r = try RoutemapBinary.run(arguments, stdin: "")
            #expect(r.status == 2 && r.stdout.isEmpty && r.stderr.hasPrefix("routemap: "), "\(arguments): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}

@Suite struct ShippedIncidentTableTests {
    /// The shipped table of the route's incidents (GeoData/jaffar-express/incidents/route-incidents.csv),
    /// with intervals derived by hand from the km posts (chainage = 384 − ML-3 post near Quetta).
    @Test func everyRecordedIncidentIsPlacedWhereItsPlaceNamesSay() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-shipped-batch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = RoutemapBinary.repository.appendingPathComponent("GeoData/jaffar-express/incidents/route-incidents.csv").path
        let r = try RoutemapBinary.run(["batch", table, "--out", folder.path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try String(contentsOf: folder.appendingPathComponent("summary.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let intervals = Dictionary(uniqueKeysWithValues: rows.map { ($0[1], [Double($0[4])!, Double($0[5])!]) })
        #expect(rows.count == 16 && rows.allSatisfy { $0[2] == "placed" })
        #expect(intervals["JE-2025-03-08"] == [236, 263])     // between Nuttall (ML-3 148) and Dera Murad Jamali (121)
        #expect(intervals["JE-2025-08-07"] == [140, 142])     // Sibi (243) outer signal, 1 km
        #expect(intervals["QTA-2024-11-09"] == [0, 1])        // Quetta station (384), 1 km
        #expect(intervals["JE-2025-07-28"] == [341, 379])     // Shikarpur (43) – Sukkur (5)
        #expect(intervals["JE-2017-04-18"] == [1224, 1228])   // Eminabad, ML-1 1278 = chainage 1226, 2 km
        #expect(intervals["JE-2025-03-11"] == [106, 125])     // Tunnel No. 8 ∩ 10 km of Pehro Kunri (116) ∩ Dhadar (101–125)
    }
}
