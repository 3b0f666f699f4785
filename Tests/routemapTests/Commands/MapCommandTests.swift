import Foundation
import Testing

/// `routemap map`: the page's data read back with Foundation's JSON parser (independent of routemap's
/// writer) and checked as GeoJSON; arguments and bad input. What a browser makes of the page is in
/// MapCommandBrowserTests.
@Suite struct MapCommandTests {
    /// The JSON the page draws from (`<script type="application/json" id="routemap-data">`).
    static func pageData(_ html: String) throws -> [String: Any] {
        let open = #"<script type="application/json" id="routemap-data">"#
        let start = try #require(html.range(of: open))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        return try #require(try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
    }

    static func layers(_ data: [String: Any]) -> [(name: String, collection: [String: Any])] {
        (data["layers"] as? [[String: Any]] ?? []).compactMap { layer in
            guard let name = layer["name"] as? String, let collection = layer["collection"] as? [String: Any] else { return nil }
            return (name, collection)
        }
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func theShippedIncidentPageHasEveryLayerAndItsConflicts() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("map.html")
        let r = try RoutemapBinary.run(["map", "--incident", shippedIncident, "--out", page.path])
        // Written, then exit 3 as `place` does, with the clues set aside and their reasons on stderr.
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stdout.isEmpty && r.stderr.contains("wrote \(page.path) ("))
        #expect(r.stderr.contains("placed with 3 conflicting clue(s): clue 7 (near Panir") && r.stderr.contains("clue 11 (near Sibi"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["map.html"], "no temporary file left")

        let html = try String(contentsOf: page, encoding: .utf8)
        let data = try Self.pageData(html)
        let layers = Self.layers(data)
        #expect(layers.map(\.name) == expectedLayers.map(\.name))
        for (layer, expected) in zip(layers, expectedLayers) {
            let check = GeoJSONIndependentCheck.check(try JSONSerialization.data(withJSONObject: layer.collection))
            #expect(check.problems.isEmpty, "\(layer.name): \(check.problems.prefix(3))")
            #expect(check.featureCount == expected.count && Set(check.geometryTypes) == expected.types, "\(layer.name)")
        }
        let incident = try #require(layers.first { $0.name == "incident" }?.collection["features"] as? [[String: Any]])
        let conflicts = incident.compactMap { ($0["properties"] as? [String: Any])?["conflicts"] as? String }
        #expect(conflicts.count == incident.count && conflicts.allSatisfy { $0.contains("clue 7 (near Panir") })
        let meta = try #require(data["meta"] as? [String: Any])
        let facts = try #require(meta["facts"] as? [[String: String]])
        #expect(facts.contains { $0["label"] == "Date" && $0["value"] == "2025-03-11T13:00:00+05:00" })
        #expect(facts.contains { $0["label"] == "Interval" && $0["value"]?.hasPrefix("115.0 – 125.0 km") == true })
        let legend = try #require(meta["legend"] as? [[String: Any]]).compactMap { $0["label"] as? String }
        for row in ["relief: hospital", "relief: rail station", "tunnel, position uncertain (band: where it may lie)", "interval where the clues agree"] {
            #expect(legend.contains(row), "legend lacks \(row)")
        }
        // Credits: Leaflet's licence and the OSM/ODbL attribution are in the page.
        #expect(html.contains("BSD-2-Clause") && html.contains("Redistribution and use in source and binary forms"))
        #expect(html.contains("© OpenStreetMap contributors (ODbL)"))
    }

    @Test func theReportersCoordinateIsOnThePage() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("clues.html")
        let r = try RoutemapBinary.run(["map", "--clue", "at=67.70,29.60:300", "--clue", "tunnel=8", "--out", page.path, "--layers", "route,incident"])
        #expect(r.status == 0, "\(r.stderr)")
        let data = try Self.pageData(try String(contentsOf: page, encoding: .utf8))
        let incident = try #require(Self.layers(data).first { $0.name == "incident" }?.collection["features"] as? [[String: Any]])
        let reported = try #require(incident.first { ($0["properties"] as? [String: Any])?["feature_type"] as? String == "reported_point" })
        #expect((reported["geometry"] as? [String: Any])?["coordinates"] as? [Double] == [67.7, 29.6])
        let facts = try #require((data["meta"] as? [String: Any])?["facts"] as? [[String: String]])
        #expect(facts.contains { $0["label"] == "Reported point" && $0["value"] == "clue 0: 67.700000, 29.600000 ±300 m" })
    }

    @Test func withoutAnIncidentTheRouteLayersOnly() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("route.html")
        let r = try RoutemapBinary.run(["map", "--out", page.path, "--layers", "route,stations"])
        #expect(r.status == 0 && r.stdout.isEmpty, "\(r.stderr)")
        #expect(Self.layers(try Self.pageData(try String(contentsOf: page, encoding: .utf8))).map(\.name) == ["route", "stations"])
    }

    @Test func badArgumentsAndInputWriteNothing() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("map.html")
        let cases: [([String], String)] = [
            (["map"], "--out"),
            (["map", "--out", page.path, "--clue", "tunnel"], "--clue"),
            (["map", "--out", page.path, "--layers", "route,incident"], "needs an incident"),
            (["map", "--out", page.path, "--layers", "roads"], "'roads' is not a layer"),
            (["map", "--out", page.path, "--radius-km", "0"], "--radius-km"),
            (["map", "--out", page.path, "--incident", "/nonexistent/incident.json"], "/nonexistent/incident.json"),
            (["map", "--out", page.path, "--relief", "/nonexistent/relief.geojson"], "--relief /nonexistent/relief.geojson"),
        ]
        for (arguments, named) in cases {
            let r = try RoutemapBinary.run(arguments)
            #expect(r.status == 2 && r.stdout.isEmpty && r.stderr.contains(named), "\(arguments): \(r.status) \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "one line: \(r.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let unwritable = try RoutemapBinary.run(["map", "--out", "/nonexistent/folder/map.html"])
        // A target whose folder does not exist is an unusable argument (README's exit codes): exit 2, before any work.
        #expect(unwritable.status == 2 && unwritable.stderr.contains("/nonexistent/folder/map.html: its folder /nonexistent/folder does not exist"))
    }
}
