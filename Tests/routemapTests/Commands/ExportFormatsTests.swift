import Foundation
import Testing

/// `export --format gpkg|kml|kmz|fgb|geojsonseq`, each file opened by real consumers: GDAL's ogrinfo and
/// ogr2ogr, and for GeoPackage also the sqlite3 shell (no GDAL code) reading its tables and blobs.
@Suite(.serialized) struct ExportFormatsTests {
    /// `ogrinfo -ro -so FILE LAYER`: feature count, geometry type and `name: Type` field lines.
    struct LayerInfo {
        var count: Int?
        var geometry: String?
        var fields: [String: String] = [:]

        init(_ output: String) {
            for line in output.split(separator: "\n").map(String.init) {
                if line.hasPrefix("Feature Count:") { count = Int(line.dropFirst(14).trimmingCharacters(in: .whitespaces)) }
                if line.hasPrefix("Geometry:") { geometry = line.dropFirst(9).trimmingCharacters(in: .whitespaces) }
                let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count == 2, !line.hasPrefix(" "), let type = parts[1].split(separator: " ").first,
                   ["Integer", "Integer64", "Real", "String", "DateTime", "Date", "Integer(Boolean)", "String(JSON)", "Integer64(Boolean)"].contains(String(type)) {
                    fields[parts[0]] = String(type)
                }
            }
        }
    }

    static func layerNames(_ file: URL) throws -> [String] {
        let (_, output) = try GDAL.run(GDAL.ogrinfo, ["-ro", "-q", file.path])
        // Lines like `1: route (Line String)`.
        return output.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, Int(parts[0]) != nil else { return nil }
            return parts[1].trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init)
        }
    }

    static func info(_ file: URL, _ layer: String) throws -> LayerInfo {
        LayerInfo(try GDAL.run(GDAL.ogrinfo, ["-ro", "-so", file.path, layer]).output)
    }

    /// Feature counts per geometry type of each layer, from the GeoJSON export read by Foundation.
    static func geoJSONCounts() throws -> [String: [String: Int]] {
        let folder = try temporaryFolder("formats-geojson")
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try RoutemapBinary.run(["export", "--incident", shippedIncident, "--out", folder.path])
        #expect(r.status == 3, "placed with the shipped incident's conflicting clues: \(r.stderr)")
        var counts: [String: [String: Int]] = [:]
        for layer in expectedLayers {
            let data = try Data(contentsOf: folder.appendingPathComponent("\(layer.name).geojson"))
            let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            for feature in root?["features"] as? [[String: Any]] ?? [] {
                let type = (feature["geometry"] as? [String: Any])?["type"] as? String ?? "none"
                counts[layer.name, default: [:]][type, default: 0] += 1
            }
        }
        return counts
    }

    @Test(.enabled(if: GDAL.shouldRun, "ogrinfo is not on PATH (set CI to make this a failure)"))
    func geoPackageHasATablePerLayerAndGeometryWithTypedFieldsAndSpatialIndexes() throws {
        let folder = try temporaryFolder("gpkg")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("routemap.gpkg")
        let r = try RoutemapBinary.run(["export", "--incident", shippedIncident, "--format", "gpkg", "--single", file.path])
        #expect(r.status == 3, "written, then exit 3 for the shipped incident's conflicting clues: \(r.stderr)")
        #expect(contents(of: folder) == ["routemap.gpkg"], "no temporary or journal files left")
        let counts = try Self.geoJSONCounts()
        var expected: [(table: String, count: Int, geometry: String)] = []
        let families: [(suffix: String, types: [String], ogr: String)] = [("points", ["Point"], "Point"), ("lines", ["LineString"], "Line String"),
                                                                           ("polygons", ["Polygon"], "Polygon")]
        for layer in expectedLayers {
            let byType = counts[layer.name] ?? [:]
            if byType.count == 1 {
                expected.append((layer.name, layer.count, layer.ogr))
            } else {
                for family in families where family.types.contains(where: { byType[$0] != nil }) {
                    expected.append(("\(layer.name)_\(family.suffix)", family.types.reduce(0) { $0 + (byType[$1] ?? 0) }, family.ogr))
                }
            }
        }
        #expect(try Self.layerNames(file) == expected.map(\.table))
        #expect(expected.contains { $0.table == "incident_polygons" } && expected.contains { $0.table == "terrain_lines" })
        for table in expected {
            let info = try Self.info(file, table.table)
            #expect(info.count == table.count, "\(table.table)")
            #expect(info.geometry == table.geometry, "\(table.table): \(info.geometry ?? "none")")
        }
        let stations = try Self.info(file, "stations")
        #expect(stations.fields["name"] == "String" && stations.fields["chainage_km"] == "Real" && stations.fields["seq"] == "Integer64",
                "\(stations.fields)")
        let incident = try Self.info(file, "incident_points")
        #expect(incident.fields["time"] == "DateTime", "\(incident.fields)")

        // A second reader with no GDAL code: the sqlite3 shell reads the GeoPackage tables directly.
        guard let sqlite = GDAL.which("sqlite3") else {
            #expect(!GDAL.required, "sqlite3 is not on PATH and CI is set: Scripts/test installs it")
            return
        }
        func query(_ sql: String) throws -> String {
            try GDAL.run(sqlite, [file.path, sql]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try query("SELECT count(*) FROM gpkg_contents WHERE data_type = 'features' AND srs_id = 4326") == String(expected.count))
        for table in expected {
            #expect(try query("SELECT count(*) FROM \"\(table.table)\"") == String(table.count), "\(table.table)")
            // A GeoPackage geometry blob starts 'GP', version 0, a flags byte, then the SRS id (4326; byte order from the flags).
            let header = try query("SELECT hex(substr(geom, 1, 8)) FROM \"\(table.table)\" LIMIT 1")
            #expect(header.hasPrefix("475000"), "\(table.table): \(header)")
            let flags = UInt8(header.dropFirst(6).prefix(2), radix: 16) ?? 0
            let srs = header.dropFirst(8)
            #expect(srs == (flags & 1 == 1 ? "E6100000" : "000010E6"), "\(table.table): SRS id bytes \(srs)")
            #expect(try query("SELECT count(*) FROM gpkg_extensions WHERE table_name = '\(table.table)' AND extension_name = 'gpkg_rtree_index'") == "1",
                    "\(table.table) has a spatial index")
        }
        #expect(try query("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'incident_polygons'") == "POLYGON")
    }

    @Test(.enabled(if: GDAL.shouldRun, "ogrinfo is not on PATH (set CI to make this a failure)"))
    func kmlHasAFolderPerLayerWithStylesNamesAndTheIncidentTimeAndRoundTrips() throws {
        let folder = try temporaryFolder("kml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("incident.kml")
        let r = try RoutemapBinary.run(["export", "--incident", shippedIncident, "--layers", "route,relief,incident,distances",
                                        "--format", "kml", "--single", file.path])
        #expect(r.status == 3, "\(r.stderr)")
        let text = try String(contentsOf: file, encoding: .utf8)
        for name in ["route", "relief", "incident", "distances"] { #expect(text.contains("<name>\(name)</name>"), "folder \(name)") }
        #expect(text.components(separatedBy: "<Folder id=").count == 5, "a folder per layer")
        #expect(text.contains("<LineStyle>") && text.contains("<width>"))
        #expect(text.contains("<PolyStyle>") && text.contains("<IconStyle>"))
        // simplestyle #d32f2f (incident red) is KML aabbggrr: 2f2fd3 with its alpha in front.
        #expect(text.lowercased().contains("2f2fd3</color>"), "incident red as KML colour")
        #expect(text.contains("<TimeStamp>") && text.contains("<when>2025-03-11"), "incident time as a TimeStamp")
        #expect(text.contains("<description>"))
        #expect(try Self.layerNames(file) == ["route", "relief", "incident", "distances"])
        let counts = Dictionary(uniqueKeysWithValues: expectedLayers.map { ($0.name, $0.count) })
        #expect(try Self.info(file, "incident").count == counts["incident"] && (try Self.info(file, "distances")).count == counts["distances"])

        // ogr2ogr reads it back (styles included) and writes a new KML that keeps them.
        let copy = folder.appendingPathComponent("copy.kml")
        let converted = try GDAL.run(GDAL.ogr2ogr, ["-f", "LIBKML", copy.path, file.path])
        #expect(converted.status == 0, "\(converted.output)")
        let features = try GDAL.run(GDAL.ogrinfo, ["-ro", "-al", copy.path, "incident"]).output
        #expect(features.contains("Style = ") && features.contains("PEN(c:#D32F2F"), "styles survive the round trip")
        let copied = try String(contentsOf: copy, encoding: .utf8)
        #expect(copied.contains("<LineStyle>") && copied.contains("<when>2025-03-11"))
    }

    @Test(.enabled(if: GDAL.shouldRun, "ogrinfo is not on PATH (set CI to make this a failure)"))
    func kmzIsAZippedKMLAndFlatGeobufHoldsALargeLayer() throws {
        let folder = try temporaryFolder("kmz")
        defer { try? FileManager.default.removeItem(at: folder) }
        let kmz = folder.appendingPathComponent("incident.kmz")
        var r = try RoutemapBinary.run(["export", "--incident", shippedIncident, "--layers", "incident,distances", "--format", "kmz", "--single", kmz.path])
        #expect(r.status == 3, "\(r.stderr)")
        #expect(try Data(contentsOf: kmz).prefix(2) == Data("PK".utf8), "a zip archive")
        #expect(try Self.layerNames(kmz) == ["incident", "distances"])

        r = try RoutemapBinary.run(["export", "--layers", "km_markers,stations", "--format", "fgb", "--out", folder.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("km_markers.fgb: km_markers (164 features"), "\(r.stderr)")
        let markers = try Self.info(folder.appendingPathComponent("km_markers.fgb"), "km_markers")
        #expect(markers.count == 164 && markers.geometry == "Point")
        #expect(markers.fields["chainage_km"] == "Real", "a whole km is still a measurement: \(markers.fields)")
        #expect(try Self.info(folder.appendingPathComponent("stations.fgb"), "stations").count == 168)
    }

    @Test func geojsonseqIsTheTextSequenceAndBadCombinationsAreUsageErrors() throws {
        let folder = try temporaryFolder("formats-usage")
        defer { try? FileManager.default.removeItem(at: folder) }
        let viaFormat = try RoutemapBinary.run(["export", "--layers", "stations", "--format", "geojsonseq", "--out", "-"])
        let viaFlag = try RoutemapBinary.run(["export", "--layers", "stations", "--seq", "--out", "-"])
        #expect(viaFormat.status == 0 && viaFormat.stdout == viaFlag.stdout && viaFormat.stdout.hasPrefix("\u{1E}"))
        for (arguments, message) in [(["--format", "gpkg", "--pretty"], "--pretty"), (["--format", "kml", "--bbox"], "--bbox"),
                                     (["--format", "gpkg", "--seq"], "--seq"), (["--format", "nope"], "nope"),
                                     (["--format", "kmz", "--out", "-"], "stdout")] {
            let out = arguments.contains("--out") ? [] : ["--out", folder.path]
            let r = try RoutemapBinary.run(["export", "--layers", "route"] + arguments + out)
            #expect(r.status == 2, "\(arguments): \(r.stderr)")
            #expect(r.stderr.contains(message) && r.stdout.isEmpty, "\(arguments): \(r.stderr)")
        }
        #expect(contents(of: folder).isEmpty, "nothing written by refused exports")
        // A file in a folder that does not exist: refused before any work (exit 2), nothing left behind.
        let r = try RoutemapBinary.run(["export", "--layers", "route", "--format", "gpkg", "--single", folder.path + "/missing/x.gpkg"])
        #expect(r.status == 2 && r.stderr.contains("x.gpkg"), "\(r.stderr)")
        #expect(contents(of: folder).isEmpty)
    }
}
