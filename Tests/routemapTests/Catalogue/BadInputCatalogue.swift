import Foundation

/// The bad-input catalogue: at least one case per command and per kind of bad input named in issue 8.
/// Exit codes are README's: 2 unusable input or arguments, 1 a problem found (`validate`) or some rows
/// failed, 0 success. Unwritable targets are made without permissions (tests run as root, which
/// ignores permission bits): a path below a regular file, and a folder inside /proc.
enum BadInputCatalogue {
    static let goodIncident = Data.text(#"{"id": "t", "clues": [{"chainage_km": 120}]}"#)
    static let deepJSON = Data.text(String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000))
    static let tenMegabyteLine = Data(repeating: UInt8(ascii: "7"), count: 10 << 20)
    static let pointsHeader = Data.text("lon,lat,id\n")
    static let batchHeader = Data.text("id,title,time,chainage_km\n")

    /// A degenerate polygon: one position four times.
    static let collapsedPolygon = Data.text(#"{"type": "Polygon", "coordinates": [[[68, 30], [68, 30], [68, 30], [68, 30]]]}"#)

    static func relief(_ coordinates: String, properties: String = #"{"name": "Sibi"}"#) -> Data {
        .text(#"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": "#
              + coordinates + #"}, "properties": "# + properties + "}]}")
    }

    /// The shipped GeoData folder's files, with `edits` applied (nil removes a file), under `data/`.
    static func geoData(_ edits: [String: String?]) -> [String: Data] {
        let folder = RoutemapBinary.repository.appendingPathComponent("GeoData/jaffar-express")
        var files: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".csv") || name.hasSuffix(".json") {
            files["data/" + name] = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
        }
        for (name, text) in edits { files["data/" + name] = text.map { Data($0.utf8) } }
        return files
    }

    static func shipped(_ name: String) -> String {
        String(decoding: FileManager.default.contents(atPath: RoutemapBinary.repository.appendingPathComponent("GeoData/jaffar-express/" + name).path) ?? Data(), as: UTF8.self)
    }

    static let place: [BadInputCase] = [
        BadInputCase("place: near with a negative radius", ["place", "--clue", "near=Sibi:-3"], names: "--clue 'near=Sibi:-3'", "within km must be ≥ 0"),
        BadInputCase("place: at= with longitude and latitude swapped", ["place", "--clue", "at=29.66,67.63:500"],
                     names: "clues[0]", "lon 29.66, lat 67.63 is", "more than the 50 km allowed (--max-offset-km)", "look swapped: lon 67.63, lat 29.66"),
        BadInputCase("place: at= far off the line", ["place", "--clue", "at=70.5,25.0"], names: "clues[0]", "km from the line, more than the 50 km allowed"),
        BadInputCase("place: at= longitude 181", ["place", "--clue", "at=181,29.6"], names: "--clue 'at=181,29.6'", "longitude 181 is outside the valid range"),
        BadInputCase("place: at= latitude 91", ["place", "--clue", "at=67.6,91"], names: "--clue 'at=67.6,91'", "latitude 91 is outside the valid range"),
        BadInputCase("place: chainage 1e309", ["place", "--clue", "chainage_km=1e309"], names: "--clue 'chainage_km=1e309'", "must be a number"),
        BadInputCase("place: chainage NaN", ["place", "--clue", "chainage_km=NaN"], names: "--clue 'chainage_km=NaN'", "must be a number"),
        BadInputCase("place: chainage 1e300 (off the route)", ["place", "--clue", "chainage_km=1e300"], names: "no clue gives a place", "chainage 1e+300 km"),
        BadInputCase("place: km post 1e300", ["place", "--clue", "km_post=ML-3:1e300"], names: "no clue gives a place", "km post 1e+300 on ML-3 is not on this route"),
        BadInputCase("place: distance_from 1e300 km", ["place", "--clue", "distance_from=Quetta:1e300:rail"], names: "no clue gives a place"),
        BadInputCase("place: unknown clue kind", ["place", "--clue", "nearby=Sibi"], names: "unknown clue kind 'nearby'"),
        BadInputCase("place: unknown place", ["place", "--clue", "near=Atlantis"], names: "Atlantis"),
        BadInputCase("place: neither file nor clue", ["place"], names: "--clue"),
        BadInputCase("place: --max-offset-km 0", ["place", "--clue", "tunnel=8", "--max-offset-km", "0"], names: "--max-offset-km: 0.0 must be a positive number of km"),
        BadInputCase("place: missing file", ["place", "$D/in/missing.json"], names: "$D/in/missing.json: no such file"),
        BadInputCase("place: a folder as the incident", ["place", "$D/in"], names: "$D/in: is a folder, not a file", folders: ["in"]),
        BadInputCase("place: empty file", ["place", "$D/in/empty.json"], names: "$D/in/empty.json", "line 1", files: ["in/empty.json": Data()]),
        BadInputCase("place: non-UTF-8 bytes", ["place", "$D/in/latin1.json"], names: "$D/in/latin1.json: is not UTF-8 text",
                     files: ["in/latin1.json": Data([0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0xE9, 0x22, 0x7D])]),
        BadInputCase("place: NaN in JSON", ["place", "$D/in/nan.json"], names: "$D/in/nan.json", "line 1, column 39",
                     files: ["in/nan.json": .text(#"{"id": "t", "clues": [{"chainage_km": NaN}]}"#)]),
        BadInputCase("place: 1e309 in JSON", ["place", "$D/in/huge.json"], names: "$D/in/huge.json", "number 1e309 is too large",
                     files: ["in/huge.json": .text(#"{"id": "t", "clues": [{"chainage_km": 1e309}]}"#)]),
        BadInputCase("place: 10,000-deep nesting", ["place", "$D/in/deep.json"], names: "$D/in/deep.json", "nesting deeper than 512 levels",
                     files: ["in/deep.json": deepJSON]),
        BadInputCase("place: duplicate keys", ["place", "$D/in/dup.json"], names: "$D/in/dup.json", #"duplicate member name "id""#,
                     files: ["in/dup.json": .text(#"{"id": "a", "id": "b", "clues": [{"tunnel": "8"}]}"#)]),
        BadInputCase("place: a number of a million digits", ["place", "$D/in/digits.json"], names: "$D/in/digits.json", "number is longer than 100 characters",
                     files: ["in/digits.json": .text(#"{"id": "t", "clues": [{"chainage_km": "# + String(repeating: "1", count: 1_000_000) + "}]}")]),
        BadInputCase("place: wrong type at a JSON path", ["place", "$D/in/type.json"], names: "$D/in/type.json", "clues[0]",
                     files: ["in/type.json": .text(#"{"id": "t", "clues": [{"chainage_km": "far"}]}"#)]),
        BadInputCase("place: a FIFO carrying bad JSON", ["place", "$D/in/pipe.json"], names: "$D/in/pipe.json", "line 1",
                     fifos: ["in/pipe.json": .text("not json")]),
        BadInputCase("place: stdin that is not JSON", ["place", "-"], names: "stdin", "line 1", stdin: .text("{\"id\": ")),
        BadInputCase(name: "place: a BOM and CRLF are accepted", arguments: ["place", "$D/in/bom.json"],
                     files: ["in/bom.json": Data([0xEF, 0xBB, 0xBF]) + Data("{\"id\": \"t\",\r\n \"clues\": [{\"chainage_km\": 120}]}\r\n".utf8)],
                     exit: 0, names: [], reportOnStdout: true),
    ]

    static let distances: [BadInputCase] = [
        BadInputCase("distances: --relief missing", ["distances", "--clue", "tunnel=8", "--relief", "$D/in/none.geojson"], names: "--relief $D/in/none.geojson: no such file"),
        BadInputCase("distances: --relief a folder", ["distances", "--clue", "tunnel=8", "--relief", "$D/in"], names: "--relief $D/in: is a folder, not a file", folders: ["in"]),
        BadInputCase("distances: --relief latitude 91", ["distances", "--clue", "tunnel=8", "--relief", "$D/in/r.geojson"],
                     names: "--relief $D/in/r.geojson", "features[0].geometry.coordinates", files: ["in/r.geojson": relief("[67.9, 91]")]),
        BadInputCase("distances: --relief longitude 181", ["distances", "--clue", "tunnel=8", "--relief", "$D/in/r.geojson"],
                     names: "--relief $D/in/r.geojson", "features[0].geometry.coordinates", files: ["in/r.geojson": relief("[181, 29.5]")]),
        BadInputCase("distances: --relief duplicate keys", ["distances", "--clue", "tunnel=8", "--relief", "$D/in/r.geojson"],
                     names: "--relief $D/in/r.geojson", #"duplicate member name "name""#,
                     files: ["in/r.geojson": relief("[67.9, 29.5]", properties: #"{"name": "a", "name": "b"}"#)]),
    ]

    static let routeCommands: [BadInputCase] = [
        BadInputCase("locate: --km beyond the route", ["locate", "--km", "99999"], names: "--km", "99999"),
        BadInputCase("locate: --km NaN", ["locate", "--km", "nan"], names: "--km"),
        BadInputCase("snap: longitude and latitude swapped", ["snap", "--lon", "29.66", "--lat", "67.63"],
                     names: "--lon 29.66 --lat 67.63", "look swapped: lon 67.63, lat 29.66"),
        BadInputCase("snap: far off the line", ["snap", "--lon", "67.01", "--lat", "24.86"], names: "--lon 67.01 --lat 24.86", "more than the 50 km allowed"),
        BadInputCase("snap: latitude 91", ["snap", "--lon", "67.6", "--lat", "91"], names: "--lat", "91"),
        BadInputCase("snap: longitude 181", ["snap", "--lon", "181", "--lat", "29.5"], names: "--lon", "181"),
        BadInputCase("snap: --window reversed", ["snap", "--lon", "67.88", "--lat", "29.55", "--window", "10,5"], names: "--window"),
        BadInputCase("snap: --lon without --lat", ["snap", "--lon", "67.88"], names: "--lon and --lat go together"),
        BadInputCase("distance: longitude 181", ["distance", "--from", "181,0", "--to", "67,29"], names: "--from"),
        BadInputCase("distance: not a coordinate", ["distance", "--from", "abc", "--to", "67,29"], names: "--from"),
        BadInputCase("summary: --data missing", ["summary", "--data", "$D/none"], names: "--data", "$D/none"),
        BadInputCase("summary: --data a file", ["summary", "--data", "$D/in/file.txt"], names: "--data", "$D/in/file.txt", files: ["in/file.txt": .text("x")]),
        BadInputCase("summary: --data shape point after the last station", ["summary", "--data", "$D/data"],
                     names: "shape_points.csv:", "field 'after_station': 'Peshawar Cantonment' must come before 'Quetta'",
                     files: geoData(["shape_points.csv": shipped("shape_points.csv") + "Beyond,34.0,71.5,Peshawar Cantonment,Quetta,test,\n"])),
        BadInputCase("stations: --data latitude 91", ["stations", "--data", "$D/data"], names: "stations.csv:2 field 'lat': 91.5 is outside the valid range",
                     files: geoData(["stations.csv": shipped("stations.csv").replacingOccurrences(of: "30.1916268,67.0007561", with: "91.5,67.0007561")])),
        BadInputCase("summary: --data without stations.csv", ["summary", "--data", "$D/data"], names: "stations.csv", files: geoData(["stations.csv": nil])),
        BadInputCase("summary: --data with an empty stations.csv", ["summary", "--data", "$D/data"], names: "stations.csv", files: geoData(["stations.csv": ""])),
        BadInputCase("summary: --data route.json 10,000 deep", ["summary", "--data", "$D/data"], names: "route.json",
                     files: geoData(["route.json": String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)])),
    ]

    static let export: [BadInputCase] = [
        BadInputCase("export: --precision 16", ["export", "--precision", "16", "--out", "$D/out"], names: "--precision: 16 is outside the valid range 0 … 15"),
        BadInputCase("export: --precision 0 collapses the cordons", ["export", "--precision", "0", "--incident", "$D/in/t.json", "--out", "$D/out"],
                     names: "--precision 0", "expected a linear ring enclosing an area", files: ["in/t.json": goodIncident]),
        BadInputCase("export: --km-interval 0.001 without --force", ["export", "--layers", "km_markers", "--km-interval", "0.001", "--out", "$D/out"],
                     names: "--km-interval 0.001: would write 1635001 km markers, more than 100000", "--force"),
        BadInputCase("export: --km-interval 0", ["export", "--km-interval", "0", "--out", "$D/out"], names: "--km-interval"),
        BadInputCase("export: an unknown layer", ["export", "--layers", "route,railways", "--out", "$D/out"], names: "--layers", "'railways' is not a layer"),
        BadInputCase("export: an incident layer without --incident", ["export", "--layers", "incident", "--out", "$D/out"], names: "--layers", "needs an incident"),
        BadInputCase("export: --out and --single together", ["export", "--out", "$D/out", "--single", "$D/all.geojson"], names: "--out and --single cannot be used together"),
        BadInputCase("export: --out an existing file", ["export", "--out", "$D/in/file.txt"], names: "--out $D/in/file.txt: is a file, not a folder",
                     files: ["in/file.txt": .text("x")]),
        BadInputCase("export: --out below a regular file", ["export", "--out", "$D/in/file.txt/out"], names: "--out $D/in/file.txt/out", "$D/in/file.txt is a file, not a folder",
                     files: ["in/file.txt": .text("x")]),
        BadInputCase("export: --out in /proc (unwritable)", ["export", "--layers", "route", "--out", "/proc/routemap-catalogue"],
                     names: "--out /proc/routemap-catalogue: the folder cannot be created"),
        BadInputCase("export: --single a folder", ["export", "--single", "$D/out"], names: "--single $D/out: is a folder, not a file"),
        BadInputCase("export: --single a FIFO", ["export", "--single", "$D/in/pipe"], names: "--single $D/in/pipe: is not a regular file",
                     fifos: ["in/pipe": Data()]),
        BadInputCase("export: --single below a regular file", ["export", "--single", "$D/in/file.txt/all.geojson"], names: "--single $D/in/file.txt/all.geojson",
                     files: ["in/file.txt": .text("x")]),
        BadInputCase("export: --incident missing", ["export", "--incident", "$D/in/none.json", "--out", "$D/out"], names: "$D/in/none.json: no such file"),
        BadInputCase("export: --incident off the line", ["export", "--incident", "$D/in/far.json", "--out", "$D/out"], names: "$D/in/far.json", "clues[0]", "more than the 50 km allowed",
                     files: ["in/far.json": .text(#"{"id": "t", "clues": [{"at": [70.5, 25.0], "accuracy_m": 0}]}"#)]),
    ]

    static let validate: [BadInputCase] = [
        BadInputCase("validate: missing file", ["validate", "$D/in/none.geojson"], names: "$D/in/none.geojson: no such file"),
        BadInputCase("validate: a folder", ["validate", "$D/in"], names: "$D/in: is a folder, not a file", folders: ["in"]),
        BadInputCase(name: "validate: a ring collapsed to one point", arguments: ["validate", "$D/in/p.geojson"], files: ["in/p.geojson": collapsedPolygon],
                     exit: 1, names: ["$D/in/p.geojson: coordinates[0]: expected a linear ring enclosing an area, but it has only 1 distinct position"], reportOnStdout: true),
        BadInputCase(name: "validate: non-UTF-8 bytes", arguments: ["validate", "$D/in/p.geojson"],
                     files: ["in/p.geojson": Data(#"{"type": "Point", "coordinates": [67, 29], "x": ""#.utf8) + Data([0xE9]) + Data("\"}".utf8)],
                     exit: 1, names: ["$D/in/p.geojson", "not valid UTF-8"], reportOnStdout: true),
        BadInputCase(name: "validate: 1e309", arguments: ["validate", "$D/in/p.geojson"], files: ["in/p.geojson": .text(#"{"type": "Point", "coordinates": [1e309, 29]}"#)],
                     exit: 1, names: ["$D/in/p.geojson", "too large"], reportOnStdout: true),
        BadInputCase(name: "validate: empty file", arguments: ["validate", "$D/in/p.geojson"], files: ["in/p.geojson": Data()],
                     exit: 1, names: ["$D/in/p.geojson"], reportOnStdout: true),
    ]

    static let render: [BadInputCase] = [
        BadInputCase("render: --out a folder", ["render", "--out", "$D/out"], names: "--out $D/out: is a folder, not a file"),
        BadInputCase("render: --out below a regular file", ["render", "--out", "$D/in/file.txt/map.svg"], names: "--out $D/in/file.txt/map.svg",
                     files: ["in/file.txt": .text("x")]),
        BadInputCase("render: --profile a FIFO", ["render", "--profile", "$D/in/pipe"], names: "--profile $D/in/pipe: is not a regular file", fifos: ["in/pipe": Data()]),
        BadInputCase("render: --radius-km 0", ["render", "--out", "$D/out/map.svg", "--radius-km", "0"], names: "--radius-km"),
        BadInputCase("render: neither --out nor --profile", ["render"], names: "--out"),
    ]

    static let map: [BadInputCase] = [
        BadInputCase("map: --out a folder", ["map", "--out", "$D/out"], names: "--out $D/out: is a folder, not a file"),
        BadInputCase("map: --out below a regular file", ["map", "--out", "$D/in/file.txt/map.html"], names: "--out $D/in/file.txt/map.html",
                     files: ["in/file.txt": .text("x")]),
        BadInputCase("map: --clue with longitude and latitude swapped", ["map", "--clue", "at=29.66,67.63", "--out", "$D/out/map.html"],
                     names: "clues[0]", "look swapped"),
        BadInputCase("map: an unknown layer", ["map", "--layers", "railways", "--out", "$D/out/map.html"], names: "--layers", "'railways' is not a layer"),
    ]

    static let snapPoints: [BadInputCase] = [
        BadInputCase("snap-points: missing input", ["snap-points", "$D/in/none.csv", "--out", "$D/out/s.csv"], names: "$D/in/none.csv: no such file"),
        BadInputCase("snap-points: a folder as input", ["snap-points", "$D/in", "--out", "$D/out/s.csv"], names: "$D/in: is a folder, not a file", folders: ["in"]),
        BadInputCase("snap-points: a 10 MB line", ["snap-points", "$D/in/p.csv", "--out", "$D/out/s.csv"], names: "$D/in/p.csv:2", "is longer than 1048576 bytes",
                     files: ["in/p.csv": pointsHeader + tenMegabyteLine]),
        BadInputCase("snap-points: empty input", ["snap-points", "$D/in/p.csv", "--out", "$D/out/s.csv"], names: "$D/in/p.csv", files: ["in/p.csv": Data()]),
        BadInputCase("snap-points: --jobs 0", ["snap-points", "$D/in/p.csv", "--out", "$D/out/s.csv", "--jobs", "0"], names: "--jobs"),
        BadInputCase("snap-points: --out a folder", ["snap-points", "$D/in/p.csv", "--out", "$D/out"], names: "--out $D/out: is a folder, not a file",
                     files: ["in/p.csv": pointsHeader + .text("67.88,29.55,a\n")]),
    ]

    static let batch: [BadInputCase] = [
        BadInputCase("batch: missing input", ["batch", "$D/in/none.csv", "--out", "$D/out"], names: "$D/in/none.csv: no such file"),
        BadInputCase("batch: a folder as input", ["batch", "$D/in", "--out", "$D/out"], names: "$D/in: is a folder, not a file", folders: ["in"]),
        BadInputCase("batch: empty input", ["batch", "$D/in/t.csv", "--out", "$D/out"], names: "$D/in/t.csv", files: ["in/t.csv": Data()]),
        BadInputCase("batch: a 10 MB line", ["batch", "$D/in/t.csv", "--out", "$D/out"], names: "$D/in/t.csv:2", "is longer than 1048576 bytes",
                     files: ["in/t.csv": batchHeader + tenMegabyteLine]),
        BadInputCase("batch: --out an existing file", ["batch", "$D/in/t.csv", "--out", "$D/in/file.txt"], names: "--out $D/in/file.txt: is a file, not a folder",
                     files: ["in/t.csv": batchHeader + .text("a,A,,120\n"), "in/file.txt": .text("x")]),
        BadInputCase("batch: --out below a regular file", ["batch", "$D/in/t.csv", "--out", "$D/in/file.txt/out"], names: "--out $D/in/file.txt/out",
                     files: ["in/t.csv": batchHeader + .text("a,A,,120\n"), "in/file.txt": .text("x")]),
        BadInputCase("batch: --jobs 0", ["batch", "$D/in/t.csv", "--out", "$D/out", "--jobs", "0"], names: "--jobs"),
        BadInputCase("batch: GeoJSON 10,000 deep", ["batch", "$D/in/t.geojson", "--out", "$D/out"], names: "$D/in/t.geojson",
                     files: ["in/t.geojson": deepJSON]),
        BadInputCase("batch: a FIFO carrying bad CSV", ["batch", "$D/in/t.csv", "--out", "$D/out"], names: "$D/in/t.csv",
                     fifos: ["in/t.csv": .text("no,header,here\n")]),
    ]

    /// Targets that pass the up-front checks (root may write to /proc's folder) but cannot be created:
    /// exit 1, naming the file asked for, never the temporary name the atomic writer used.
    static let writeFailures: [BadInputCase] = [
        BadInputCase("render: the file cannot be created", ["render", "--out", "/proc/routemap-map.svg"], exit: 1,
                     names: "/proc/routemap-map.svg: cannot be written: no such file or directory"),
        BadInputCase("export: the file cannot be created", ["export", "--layers", "route", "--single", "/proc/routemap.geojson"], exit: 1,
                     names: "/proc/routemap.geojson: cannot be written: no such file or directory"),
        BadInputCase("snap-points: the file cannot be created", ["snap-points", "$D/in/p.csv", "--out", "/proc/routemap-s.csv"], exit: 1,
                     names: "/proc/routemap-s.csv: cannot be written: no such file or directory",
                     files: ["in/p.csv": pointsHeader + .text("67.88,29.55,a\n")]),
    ]

    static let all: [BadInputCase] = place + distances + routeCommands + export + validate + render + map + snapPoints + batch + writeFailures
}
