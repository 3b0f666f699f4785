import RouteModel
import RouteMapTestSupport
import Foundation
import GeoJSON
import Testing
@testable import Batch
import TextFormats

@Suite struct BatchJobTests {
    func run(_ input: String, into out: URL, jobs: Int = 2, resume: Bool = false, chunkSize: Int = 1_000) throws -> BatchSummary {
        try BatchJob.run(route: ShippedRoute.route, input: try IncidentReader(path: input), directory: out,
                         options: BatchOptions(jobs: jobs, resume: resume, chunkSize: chunkSize))
    }

    func csvRows(_ url: URL) throws -> [[String]] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { CSVFields.split(ArraySlice(Array($0.utf8))) }
    }

    @Test func goodAndBadRowsGiveTheRightFilesAndErrorsAndNothingOutsideTheFolder() throws {
        let scratch = try ScratchFolder("batch")
        let input = try scratch.file("input/incidents.csv", BatchTable.csv)
        let work = scratch.url.appendingPathComponent("work")
        let out = work.appendingPathComponent("out")
        let summary = try run(input, into: out)
        let expected = BatchTable.rows
        #expect(summary.rows == expected.count)
        #expect(summary.placed == expected.filter { $0.status == .placed }.count)
        #expect(summary.conflicts == 1 && summary.failed == 4)

        let rows = try csvRows(out.appendingPathComponent("summary.csv"))
        #expect(rows[0] == BatchOutputs.summaryColumns)
        #expect(rows.count == expected.count + 1)
        for (i, row) in rows.dropFirst().enumerated() {
            #expect(row[0] == String(i + 1))
            #expect(row[2] == expected[i].status.rawValue, "row \(i + 1): \(row)")
        }
        #expect(rows[1][1] == "JE-2025-03-11" && Double(rows[1][3])! >= 101 && Double(rows[1][3])! <= 125)
        #expect(rows[2][3] == "141" && rows[2][9] == "Sibi railway station")
        #expect(rows[4][3] == "25" && rows[4][7] == "ML-3" && rows[4][8] == "359")
        #expect(rows[13][12] == "1" && rows[13][13].hasPrefix("clues["))
        #expect(rows[11][1] == "nul\u{0}id")

        let errors = try csvRows(out.appendingPathComponent("errors.csv"))
        #expect(errors[0] == ["row", "id", "field", "message"])
        let failed = expected.enumerated().filter { $0.element.status == .failed }
        #expect(errors.dropFirst().map { [$0[0], $0[2]] } == failed.map { [String($0.offset + 1), $0.element.field!] })
        #expect(errors[1][3].contains("'Atlantis' is not a known place"))
        #expect(errors[2][3] == "200 is outside the valid range -90 … 90")
        #expect(errors[4][3].contains("row 2 has the same id"))

        // Nothing outside the output folder: the scratch folder holds only input/ and work/out.
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted() == ["input", "work"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path) == ["out"])
        let folders = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let placed = expected.enumerated().filter { $0.element.status != .failed }
        #expect(folders.count == placed.count + 3)
        for name in folders where !FolderNames.reserved.contains(name) {
            #expect(!name.hasPrefix(".") && name.utf8.count <= 73, "\(name)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(name).path).sorted()
                    == (IncidentLayerFiles.names + ["place.json"]).sorted(), "\(name)")
        }
        #expect(folders.contains("row-14") && folders.contains("JE-2025-08-07") && !folders.contains("lat200"))
        #expect(folders.contains { $0.hasPrefix("_._.._etc_x-") } && folders.contains { $0.hasPrefix("_tmp_x-") })
        #expect(folders.contains { $0.hasPrefix("nul_id-") } && folders.contains { $0.hasPrefix(String(repeating: "L", count: 64) + "-") })

        // incidents.geojson: one Point per placed row, in input order, read back by the strict reader.
        let collection = try GeoJSONReader.read(try Data(contentsOf: out.appendingPathComponent("incidents.geojson")))
        guard case .featureCollection(let features) = collection else { Issue.record("not a collection"); return }
        #expect(features.features.map { $0.properties["row"]?.numberValue } == placed.map { Double($0.offset + 1) })
        #expect(features.features[1].properties["chainage_km"]?.numberValue == 141)
        #expect(features.features[1].properties["folder"]?.stringValue == "JE-2025-08-07")

        // place.json is the placement's JSON plus the batch's record.
        let place = try JSONParser.parse(try Data(contentsOf: out.appendingPathComponent("JE-2025-08-07/place.json"))).objectValue!
        #expect(place["id"]?.stringValue == "JE-2025-08-07" && place["chainage_km"]?.numberValue == 141)
        #expect(place["batch"]?.objectValue?["record"]?.objectValue?["status"]?.stringValue == "placed")
    }

    @Test func summaryOrderIsTheSameWhateverTheJobCount() throws {
        let scratch = try ScratchFolder("batch-order")
        let input = try scratch.file("incidents.csv", BatchTable.csv)
        var outputs: [[String: Data]] = []
        for jobs in [1, 2, 3] {
            let out = scratch.url.appendingPathComponent("out-\(jobs)")
            _ = try run(input, into: out, jobs: jobs, chunkSize: 4)
            outputs.append(try ScratchFolder.contents(of: out))
        }
        // Ten placed incidents, each with its layer files and place.json, plus summary, errors and incidents.geojson.
        #expect(outputs[0].count == 10 * (IncidentLayerFiles.names.count + 1) + 3)
        #expect(outputs[0] == outputs[1] && outputs[1] == outputs[2])
    }

    @Test func resumeAfterAnInterruptionGivesTheSameOutputAsOneRun() throws {
        let scratch = try ScratchFolder("batch-resume")
        let input = try scratch.file("incidents.csv", BatchTable.csv)
        let whole = scratch.url.appendingPathComponent("whole"), resumed = scratch.url.appendingPathComponent("resumed")
        _ = try run(input, into: whole)
        _ = try run(input, into: resumed, jobs: 3)
        // The interruption: a marker gone, a layer file gone, a layer truncated, temporary files left
        // behind, the summary not yet renamed into place.
        let fm = FileManager.default
        try fm.removeItem(at: resumed.appendingPathComponent("JE-2025-03-11/place.json"))
        try fm.removeItem(at: resumed.appendingPathComponent("JE-2025-08-10/incident.geojson"))
        try Data("{\"type\":".utf8).write(to: resumed.appendingPathComponent("row-14/incident.geojson"))
        try Data("partial".utf8).write(to: resumed.appendingPathComponent("conflict/.incident.geojson.tmp-1-2"))
        try Data("partial".utf8).write(to: resumed.appendingPathComponent(".summary.csv.tmp-1-2"))
        try fm.removeItem(at: resumed.appendingPathComponent("summary.csv"))

        let summary = try run(input, into: resumed, jobs: 2, resume: true, chunkSize: 5)
        #expect(summary.reused == 10 - 3, "the three damaged folders are redone, the rest reused")
        let (a, b) = (try ScratchFolder.contents(of: resumed), try ScratchFolder.contents(of: whole))
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, data) in a where b[name] != data {
            Issue.record("\(name) differs:\n\(String(decoding: data, as: UTF8.self))\n---\n\(String(decoding: b[name] ?? Data(), as: UTF8.self))")
        }
        #expect(try !fm.contentsOfDirectory(atPath: resumed.path).contains { $0.hasPrefix(".") })
    }

    @Test func resumeRedoesAnIncidentWhoseInputChanged() throws {
        let scratch = try ScratchFolder("batch-changed")
        let out = scratch.url.appendingPathComponent("out")
        _ = try run(try scratch.file("a.csv", "id,chainage_km\nx,100\ny,200\n"), into: out)
        let summary = try run(try scratch.file("b.csv", "id,chainage_km\nx,100\ny,300\n"), into: out, resume: true)
        #expect(summary.reused == 1)
        #expect(try csvRows(out.appendingPathComponent("summary.csv"))[2][3] == "300")
    }

    @Test func aRowThatNowFailsLosesItsOldOutputs() throws {
        let scratch = try ScratchFolder("batch-fails")
        let out = scratch.url.appendingPathComponent("out")
        _ = try run(try scratch.file("a.csv", "id,chainage_km\nx,100\n"), into: out)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("x/place.json").path))
        let summary = try run(try scratch.file("b.csv", "id,chainage_km\nx,abc\n"), into: out, resume: true)
        #expect(summary.failed == 1)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("x").path))
    }

    @Test func jsonLinesAndGeoJSONInputs() throws {
        let scratch = try ScratchFolder("batch-formats")
        let lines = """
            {"id":"JE-2025-08-07","title":"Sibi outer signal","clues":[{"near":"Sibi outer signal"}]}
            {"id":"JE-2025-08-10","clues":[{"km_post":359,"line":"ML-3"},{"distance_from":"Quetta","km":30,"by":"road"}]}
            {"id":"bad","clues":[{"km":1}]}
            """
        let out = scratch.url.appendingPathComponent("jsonl")
        let s = try run(try scratch.file("in.jsonl", lines), into: out)
        #expect(s.placed == 2 && s.failed == 1)
        #expect(try csvRows(out.appendingPathComponent("errors.csv"))[1] == ["3", "bad", "clues[0]", "expected one clue kind: area, at, between, chainage_km, distance_from, elapsed, km_post, near, province, terrain, tunnel"])

        let geojson = """
            {"type":"FeatureCollection","name":"incidents","features":[
              {"type":"Feature","id":"QTA-2024-11-09","geometry":{"type":"Point","coordinates":[67.000,30.183]},"properties":{"title":"Quetta station","accuracy_m":300}},
              {"type":"Feature","geometry":{"type":"Point","coordinates":[67.32639,29.86694]},"properties":{"id":"JE-2025-06-16","time":"2025-06-16","accuracy_m":2000}},
              {"type":"Feature","geometry":{"type":"LineString","coordinates":[[67,30],[68,29]]},"properties":{"id":"line"}}
            ]}
            """
        let gout = scratch.url.appendingPathComponent("geojson")
        let g = try run(try scratch.file("in.geojson", geojson), into: gout)
        #expect(g.placed == 2 && g.failed == 1)
        let rows = try csvRows(gout.appendingPathComponent("summary.csv"))
        #expect(rows[1][1] == "QTA-2024-11-09" && Double(rows[1][3])! < 1)
        #expect(rows[3][1] == "line" && rows[3][13].hasPrefix("geometry:"))
    }

    @Test func unusableInputThrowsBeforeAnythingIsWritten() throws {
        let scratch = try ScratchFolder("batch-unusable")
        let out = scratch.url.appendingPathComponent("out")
        #expect(throws: InputFileError.self) { _ = try run(try scratch.file("a.csv", "name,value\na,1\n"), into: out) }
        #expect(throws: InputFileError.self) { _ = try run(try scratch.file("b.csv", ""), into: out) }
        #expect(throws: InputFileError.self) { _ = try run(try scratch.file("c.geojson", "{\"type\":\"Feature\"}"), into: out) }
        #expect(throws: InputFileError.self) { _ = try run(scratch.url.appendingPathComponent("missing.csv").path, into: out) }
        #expect(!FileManager.default.fileExists(atPath: out.path), "the output folder is created only once the input is usable")
    }
}
