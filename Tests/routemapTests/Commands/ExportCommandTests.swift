import Foundation
import Testing

/// A fresh temporary folder, removed by the caller.
func temporaryFolder(_ name: String = "export") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func contents(of folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
}

let shippedIncident = RoutemapBinary.repository.appendingPathComponent("GeoData/jaffar-express/incidents/JE-2025-03-11.json").path

/// Expected feature counts and geometry types (as ogrinfo names them) of a full export with the shipped incident.
let expectedLayers: [(name: String, count: Int, types: Set<String>, ogr: String)] = [
    ("route", 4, ["LineString"], "Line String"),
    ("stations", 168, ["Point"], "Point"),
    ("km_markers", 164, ["Point"], "Point"),
    ("tunnels", 5, ["LineString"], "Line String"),
    ("terrain", 9, ["Polygon", "LineString"], "Unknown (any)"),
    ("profile", 158, ["Point"], "3D Point"),
    ("relief", 39, ["Point"], "Point"),
    ("incident", 5, ["Polygon", "LineString", "Point"], "Unknown (any)"),
    ("distances", 39, ["LineString"], "Line String"),
]

@Suite(.serialized) struct ExportCommandTests {
    @Test func everyLayerIsWrittenAndPassesAnIndependentCheck() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try RoutemapBinary.run(["export", "--incident", shippedIncident, "--out", folder.path, "--bbox", "--precision", "5"])
        // Written, then exit 3 as `place` does: the shipped incident has three clues set aside, named on stderr.
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stderr.contains("routemap: placed with 3 conflicting clue(s): clue 7 (near Panir"), "\(r.stderr)")
        #expect(r.stdout.isEmpty, "reports go to stderr, as for every command")
        #expect(contents(of: folder) == expectedLayers.map { "\($0.name).geojson" }.sorted(), "no temporary files left")
        for layer in expectedLayers {
            #expect(r.stderr.contains("wrote \(folder.path)/\(layer.name).geojson: \(layer.name) (\(layer.count) features"), "\(r.stderr)")
            let data = try Data(contentsOf: folder.appendingPathComponent("\(layer.name).geojson"))
            let check = GeoJSONIndependentCheck.check(data, precision: 5)
            #expect(check.problems.isEmpty, "\(layer.name): \(check.problems.prefix(5))")
            #expect(check.featureCount == layer.count, "\(layer.name)")
            #expect(Set(check.geometryTypes) == layer.types, "\(layer.name)")
            let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(root["name"] as? String == layer.name && (root["bbox"] as? [Double])?.count == (layer.name == "profile" ? 6 : 4), "\(layer.name): 3D layers get [w, s, minZ, e, n, maxZ]")
        }
    }

    @Test(.enabled(if: GDAL.shouldRun, "ogrinfo is not on PATH (set CI to make this a failure)"))
    func gdalOpensEveryLayerAndRoundTripsIt() throws {
        try #require(GDAL.ogrinfo != nil && GDAL.ogr2ogr != nil, "GDAL's ogrinfo/ogr2ogr are not on PATH and CI is set: install gdal-bin (Scripts/test does)")
        let folder = try temporaryFolder("gdal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try RoutemapBinary.run(["export", "--incident", shippedIncident, "--out", folder.path])
        #expect(r.status == 3, "\(r.stderr)")
        for layer in expectedLayers {
            let file = folder.appendingPathComponent("\(layer.name).geojson")
            let summary = try GDAL.summary(file)
            #expect(summary.count == layer.count, "\(layer.name)")
            #expect(summary.geometry == layer.ogr, "\(layer.name)")
            let copy = folder.appendingPathComponent("\(layer.name).ogr.geojson")
            let converted = try GDAL.run(GDAL.ogr2ogr, ["-f", "GeoJSON", copy.path, file.path])
            #expect(converted.status == 0, "\(converted.output)")
            #expect(try GDAL.summary(copy).count == layer.count, "\(layer.name) after ogr2ogr")
        }
        // Text sequences open with GDAL's GeoJSONSeq driver.
        let seq = try RoutemapBinary.run(["export", "--layers", "stations,tunnels", "--seq", "--out", folder.path])
        #expect(seq.status == 0 && contents(of: folder).contains("stations.geojsons"))
        #expect(try GDAL.summary(folder.appendingPathComponent("stations.geojsons")).count == 168)
    }

    @Test func singleCombinedCollectionOnStdout() throws {
        let r = try RoutemapBinary.run(["export", "--layers", "route,tunnels", "--single", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("wrote <stdout>: route, tunnels (9 features"), "\(r.stderr)")
        let root = try r.json()
        let features = try #require(root["features"] as? [[String: Any]])
        #expect(features.count == 9)
        #expect(features.map { ($0["properties"] as? [String: Any])?["layer"] as? String } == Array(repeating: "route", count: 4) + Array(repeating: "tunnels", count: 5))
        // `layer` is the first property.
        #expect(r.stdout.components(separatedBy: "\"properties\":{\"layer\":").count == 10)
    }

    @Test func singleFileAndOneLayerOnStdout() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("all.geojson")
        let r = try RoutemapBinary.run(["export", "--single", file.path, "--pretty"])
        #expect(r.status == 0 && r.stdout.isEmpty && r.stderr.contains("wrote \(file.path): route, stations"))
        let check = GeoJSONIndependentCheck.check(try Data(contentsOf: file))
        #expect(check.problems.isEmpty && check.featureCount == 4 + 168 + 164 + 5 + 9 + 158 + 39)
        let one = try RoutemapBinary.run(["export", "--layers", "stations", "--out", "-", "--precision", "2"])
        #expect(one.status == 0 && one.stderr.contains("<stdout>"))
        let stations = GeoJSONIndependentCheck.check(Data(one.stdout.utf8), precision: 2)
        #expect(stations.problems.isEmpty && stations.featureCount == 168)
        #expect(!one.stdout.contains("\"layer\""))
    }

    @Test func textSequencesAreRFC8142() throws {
        let r = try RoutemapBinary.run(["export", "--layers", "relief,terrain", "--seq", "--out", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        let check = GeoJSONIndependentCheck.check(Data(r.stdout.utf8), sequence: true)
        #expect(check.problems.isEmpty && check.featureCount == 39 + 9, "\(check.problems)")
    }

    @Test func kmIntervalAndElevationOptions() throws {
        let r = try RoutemapBinary.run(["export", "--layers", "km_markers,route", "--single", "-", "--km-interval", "100", "--elevation"])
        #expect(r.status == 0, "\(r.stderr)")
        let features = try #require(try r.json()["features"] as? [[String: Any]])
        let layers = features.map { ($0["properties"] as? [String: Any])?["layer"] as? String }
        #expect(layers.filter { $0 == "km_markers" }.count == 17)
        #expect(layers.filter { $0 == "route" }.count > 4)
    }
}

@Suite(.serialized) struct ExportBadInputTests {
    /// Runs a failing export into a folder holding an older route.geojson; checks exit 2, one line on
    /// stderr naming `named`, nothing on stdout, the old file untouched and no temporary files.
    func expectRefused(_ arguments: [String], named: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = try temporaryFolder("bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = folder.appendingPathComponent("route.geojson")
        try Data("old content".utf8).write(to: old)
        let r = try RoutemapBinary.run(["export", "--out", folder.path] + arguments)
        #expect(r.status == 2, "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(r.stderr.contains(named) && r.stderr.split(separator: "\n").count == 1, "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(contents(of: folder) == ["route.geojson"], sourceLocation: sourceLocation)
        #expect(try String(contentsOf: old, encoding: .utf8) == "old content", sourceLocation: sourceLocation)
    }

    func incidentFile(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-incident-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func badOptions() throws {
        try expectRefused(["--precision", "20"], named: "--precision")
        try expectRefused(["--precision", "-1"], named: "--precision")
        try expectRefused(["--layers", "route,railway"], named: "'railway' is not a layer")
        try expectRefused(["--layers", ""], named: "--layers")
        try expectRefused(["--layers", "route,,stations"], named: "--layers")
        try expectRefused(["--layers", "route,incident"], named: "needs an incident")
        try expectRefused(["--km-interval", "0"], named: "--km-interval")
        try expectRefused(["--single", "x.geojson"], named: "--out and --single")
    }

    @Test func badIncidentFiles() throws {
        try expectRefused(["--incident", "/nonexistent/incident.json"], named: "/nonexistent/incident.json")
        let invalid = try incidentFile("{\"id\": \"X\", \"clues\": [")
        defer { try? FileManager.default.removeItem(at: invalid) }
        try expectRefused(["--incident", invalid.path], named: "invalid JSON at line 1")
        let wrongType = try incidentFile(#"{"id": "X", "clues": [{"chainage_km": "a hundred"}]}"#)
        defer { try? FileManager.default.removeItem(at: wrongType) }
        try expectRefused(["--incident", wrongType.path], named: "clues[0]")
        let latitude = try incidentFile(#"{"id": "X", "clues": [{"at": [67.7, 129.5], "accuracy_m": 100}]}"#)
        defer { try? FileManager.default.removeItem(at: latitude) }
        try expectRefused(["--incident", latitude.path], named: "clues[0].at[1]")
        let longitude = try incidentFile(#"{"id": "X", "clues": [{"at": [267.7, 29.5], "accuracy_m": 100}]}"#)
        defer { try? FileManager.default.removeItem(at: longitude) }
        try expectRefused(["--incident", longitude.path], named: "clues[0].at[0]")
        let noClues = try incidentFile(#"{"id": "X", "clues": []}"#)
        defer { try? FileManager.default.removeItem(at: noClues) }
        try expectRefused(["--incident", noClues.path], named: noClues.lastPathComponent)
    }

    @Test func missingDestination() throws {
        let r = try RoutemapBinary.run(["export"])
        #expect(r.status == 2 && r.stderr.contains("--out DIR or --single FILE") && r.stdout.isEmpty)
    }
}
