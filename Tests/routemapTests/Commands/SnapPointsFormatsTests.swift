import Foundation
import Testing

/// snap-points reads what GIS tools write and keeps what it does not use, as ogr2ogr does.
@Suite struct SnapPointsFormatsTests {
    // Mushkaf (chainage 125, ML-3 km 259) and Sibi (141, km 243) stations, OSM coordinates.
    static let mushkaf = (67.7306188, 29.5647815), sibi = (67.8697687, 29.5475664)

    func temporary(_ name: String, _ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-spf-\(UUID().uuidString)-\(name)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func otherColumnsSurviveAndTheTimeColumnToo() throws {
        let input = try temporary("gps.csv", "id,time,lon,lat,note\na,2025-03-11T10:00:00Z,\(Self.mushkaf.0),\(Self.mushkaf.1),\"x, y\"\n")
        defer { try? FileManager.default.removeItem(at: input) }
        let r = try RoutemapBinary.run(["snap-points", input.path, "-o", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty, "--out - prints no summary")
        #expect(r.stdout == "id,lon,lat,chainage_km,offset_m,side,line,km_post,time,note\na,67.7306188,29.5647815,125,0,on,ML-3,259,2025-03-11T10:00:00Z,\"x, y\"\n")
        let json = try RoutemapBinary.run(["snap-points", input.path, "--out", "-", "--output-format", "geojsonl"])
        let feature = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let properties = feature?["properties"] as? [String: Any]
        #expect(properties?["time"] as? String == "2025-03-11T10:00:00Z" && properties?["chainage_km"] as? Double == 125)
    }

    @Test func featureCollectionInPropertiesKeptAndWrittenAsACollection() throws {
        let text = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","id":"m","geometry":{"type":"Point","coordinates":[\(Self.mushkaf.0),\(Self.mushkaf.1)]},"properties":{"time":"t1","speed":12.5}},
          {"type":"Feature","geometry":{"type":"Point","coordinates":[\(Self.sibi.0),\(Self.sibi.1)]},"properties":{"time":"t2"}},
          {"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]},"properties":{}}
        ]}
        """
        let input = try temporary("points.geojson", text)
        defer { try? FileManager.default.removeItem(at: input) }
        let r = try RoutemapBinary.run(["snap-points", input.path, "--out", "-"])
        #expect(r.status == 1, "the LineString feature is a bad row")
        #expect(r.stderr.contains("feature 3: expected a Point"), "\(r.stderr)")
        let collection = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(collection?["type"] as? String == "FeatureCollection")
        let features = try #require(collection?["features"] as? [[String: Any]])
        #expect(features.count == 2)
        let first = features[0]["properties"] as? [String: Any]
        #expect(features[0]["id"] as? String == "m" && first?["speed"] as? Double == 12.5 && first?["time"] as? String == "t1")
        #expect((features[1]["properties"] as? [String: Any])?["chainage_km"] as? Double == 141)
        let csv = try RoutemapBinary.run(["snap-points", input.path, "--out", "-", "--output-format", "csv"])
        #expect(csv.stdout.hasPrefix("id,lon,lat,chainage_km,offset_m,side,line,km_post,time,speed\nm,67.7306188,29.5647815,125,0,on,ML-3,259,t1,12.5\n"))
    }

    @Test func headerlessCSVWithNamedColumns() throws {
        let r = try RoutemapBinary.run(["snap-points", "-", "--out", "-", "--columns", "time,lon,lat,id"],
                                       stdin: "10:00,\(Self.mushkaf.0),\(Self.mushkaf.1),p1\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "p1,67.7306188,29.5647815,125,0,on,ML-3,259,10:00\n", "headerless in, headerless out")
        let missing = try RoutemapBinary.run(["snap-points", "-", "--out", "-", "--columns", "a,b"], stdin: "1,2\n")
        #expect(missing.status == 2 && missing.stderr.contains("--columns") && missing.stdout.isEmpty)
    }

    /// Reference: pyproj 3.7 Transformer EPSG:4326 → EPSG:32642 (UTM 42N), always_xy, of Mushkaf
    /// (67.7306188 E, 29.5647815 N) = (377035.240, 3271233.365) and of Sibi = (390497.064, 3269186.425).
    @Test func inputInAnotherCRS() throws {
        let r = try RoutemapBinary.run(["snap-points", "-", "--out", "-", "--input-crs", "EPSG:32642"],
                                       stdin: "id,x,y\nm,377035.240,3271233.365\ns,390497.064,3269186.425\n")
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        #expect(rows[0] == ["id", "lon", "lat", "chainage_km", "offset_m", "side", "line", "km_post"])
        #expect(abs(Double(rows[1][1])! - Self.mushkaf.0) < 1e-7 && abs(Double(rows[1][2])! - Self.mushkaf.1) < 1e-7)
        #expect(rows[1][3] == "125" && rows[2][3] == "141")
        let unknown = try RoutemapBinary.run(["snap-points", "-", "--out", "-", "--input-crs", "EPSG:999999"], stdin: "x,y\n1,2\n")
        #expect(unknown.status == 2 && unknown.stderr.contains("--input-crs") && unknown.stdout.isEmpty)
    }

    @Test func pipeModeKeepsOrderAndWritesOneLineEach() throws {
        let rows = (0..<3000).map { i in "\(67.70 + Double(i % 50) * 0.003),\(29.50 + Double(i % 37) * 0.002),r\(i)" }
        let r = try RoutemapBinary.run(["snap-points", "-", "--out", "-", "--jobs", "2"], stdin: rows.joined(separator: "\n") + "\n")
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
        let ids = r.stdout.split(separator: "\n").map { $0.split(separator: ",")[0] }
        #expect(ids == (0..<3000).map { "r\($0)"[...] })
        let jsonl = try RoutemapBinary.run(["snap-points", "-", "--out", "-"],
                                           stdin: #"{"type":"Feature","id":1,"geometry":{"type":"Point","coordinates":[67.7306188,29.5647815]},"properties":{"t":1}}"# + "\n")
        #expect(!jsonl.stdout.contains("\u{1E}") && jsonl.stdout.hasPrefix("{\"type\":\"Feature\"") && jsonl.stdout.split(separator: "\n").count == 1)
    }
}

@Suite struct TableCommandsCSVTests {
    @Test func stationsAsCSVMatchTheJSON() throws {
        let csv = try RoutemapBinary.run(["stations", "--format", "csv"])
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines[0] == "seq,name,aliases,line,km_post,chainage_km,lon,lat,position,elevation_m,stop,position_error_km,position_error_basis,elevation_source")
        let json = try RoutemapBinary.run(["stations", "-f", "json"]).json()["stations"] as? [[String: Any]]
        #expect(lines.count == (json?.count ?? 0) + 1)
        #expect(lines[1].hasPrefix("1,Quetta,"))
    }

    @Test func summaryAndDistancesAsCSV() throws {
        let summary = try RoutemapBinary.run(["summary", "--format", "csv"])
        #expect(summary.status == 0 && summary.stdout.hasPrefix("field,value\nroute,"))
        let incident = RoutemapBinary.repository.appendingPathComponent("GeoData/jaffar-express/incidents/JE-2025-03-11.json").path
        let distances = try RoutemapBinary.run(["distances", incident, "--format", "csv"])
        let header = distances.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.hasPrefix("name,kind,distance_m,azimuth_deg,access_chainage_km,along_track_km"), "\(distances.stderr)")
        #expect(header.contains("distance_range_m_low,distance_range_m_high"))
        let refused = try RoutemapBinary.run(["locate", "--km", "3", "--format", "csv"])
        #expect(refused.status == 2 && refused.stdout.isEmpty && refused.stderr.contains("csv"))
    }
}
