import Foundation
import Testing

@Suite struct BuildRouteCommandTests {
    private let fixtures = RoutemapBinary.repository.appendingPathComponent("Tests/TrackBuildingTests/Fixtures")
    private func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("build-route-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func buildsALoadableRouteFolderAndListsTheConnectors() throws {
        let out = try temporaryFolder().appendingPathComponent("small")
        let r = try RoutemapBinary.run(["build-route", "--ways", fixture("small-line.geojson"), "--stations", fixture("small-line-stations.csv"),
                                        "--route", fixture("small-line-route.json"), "--out", out.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try r.json()
        let connectors = json["connectors"] as? [[String: Any]] ?? []
        #expect(connectors.count == 2)
        #expect(connectors.first?["after_station"] as? String == "Siding Halt")
        let track = try String(contentsOf: out.appendingPathComponent("track.csv"), encoding: .utf8)
        #expect(track.hasPrefix("lon,lat,source,layer,structure,station\n"))
        #expect(track.contains(",5,-1,tunnel,") && track.contains(",connector,,,"))
        // The folder is a route: summary loads it and reports its length from the posts.
        let summary = try RoutemapBinary.run(["summary", "--data", out.path, "--format", "json"])
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(try summary.json()["length_km"] as? Double == 4.5)
    }

    @Test func tableOutputNamesTheFarStation() throws {
        let out = try temporaryFolder()
        let r = try RoutemapBinary.run(["build-route", "--ways", fixture("small-line.geojson"), "--stations", fixture("small-line-behind.csv"), "--out", out.path])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Behind") && r.stdout.contains("without reversing"))
    }

    @Test func badWaysFailWithTheJSONPathAndNothingOnStdout() throws {
        let dir = try temporaryFolder()
        let ways = dir.appendingPathComponent("ways.geojson")
        try Data(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"osm_id":1,"layer":"x"},"geometry":{"type":"LineString","coordinates":[[67,29],[67.1,29]]}}]}"#.utf8).write(to: ways)
        let r = try RoutemapBinary.run(["build-route", "--ways", ways.path, "--stations", fixture("small-line-stations.csv"), "--out", dir.appendingPathComponent("o").path])
        #expect(r.status == 2 && r.stdout.isEmpty)
        #expect(r.stderr.contains("features[0].properties.layer"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("o/track.csv").path))
    }

    @Test func badStationsFailWithFileLineAndField() throws {
        let dir = try temporaryFolder()
        let stations = dir.appendingPathComponent("stations.csv")
        var text = try String(contentsOfFile: fixture("small-line-stations.csv"), encoding: .utf8)
        text = text.replacingOccurrences(of: "29.00015", with: "95")
        try text.write(to: stations, atomically: true, encoding: .utf8)
        let r = try RoutemapBinary.run(["build-route", "--ways", fixture("small-line.geojson"), "--stations", stations.path, "--out", dir.appendingPathComponent("o").path])
        #expect(r.status == 2 && r.stdout.isEmpty)
        #expect(r.stderr.contains("stations.csv:3 field 'lat'"))
    }

    @Test func optionsAreChecked() throws {
        let r = try RoutemapBinary.run(["build-route", "--ways", fixture("small-line.geojson"), "--stations", fixture("small-line-stations.csv"),
                                        "--out", "/tmp/unused", "--join-m", "-1"])
        #expect(r.status == 2 && r.stderr.contains("--join-m"))
        let attach = try RoutemapBinary.run(["build-route", "--ways", fixture("small-line.geojson"), "--stations", fixture("small-line-stations.csv"),
                                             "--out", "/tmp/unused", "--attach-m", "0"])
        #expect(attach.status == 2 && attach.stderr.contains("--attach-m"))
    }
}
