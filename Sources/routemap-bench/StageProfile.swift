import Batch
import Foundation
import GeoEngines
import GeoJSON
import TextFormats
import FileOutput
import RouteModel

/// `routemap-bench profile POINTS.csv RUNS`: where the time of `snap-points` CSV → CSV goes, one thread,
/// stage by stage on the same file (an `id,lon,lat` CSV with a header). Prints, per run, one line
/// "stage seconds" for each of: read (lines out of the file), parse (fields → numbers and ids),
/// project (PROJ into the route's frame), snap (projection + nearest-segment search + chainage and
/// km post; `snap − project` is the search), format (CSV rows into memory), write (the bytes to a file).
func profileStages(route: Route, csv: String, runs: Int, out: String) throws {
    for _ in 0..<runs {
        var stages: [(String, Double)] = []
        func stage<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = try body()
            stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            return result
        }
        let reader = try PointReader(path: csv, format: .csv)
        try reader.prepare()
        let parser = reader.csvParser!
        let raw = try stage("read") {
            var all: [RawLines] = []
            while let chunk = try reader.nextRawLines(limit: 200_000) { all.append(chunk) }
            return all
        }
        let records = try stage("parse") { try raw.flatMap { chunk in try chunk.lines.map { try parser.record(chunk.bytes[$0.range], lineNumber: $0.number) } } }
        let engines = WorkerEngines()
        let frame = try engines.proj.transverseMercator(centralMeridian: route.line.centralMeridian)
        stage("project") {
            var xs = records.map(\.lon), ys = records.map(\.lat)
            frame.forwardInPlace(xs: &xs, ys: &ys)
        }
        let snapper = try RouteSnapper(route: route, engines: engines)
        var results: [SnapResult] = []
        results.reserveCapacity(records.count)
        stage("snap") { snapper.snapMany(lons: records.map(\.lon), lats: records.map(\.lat)) { _, r in results.append(r) } }
        let sink = InMemorySink()
        try stage("format") {
            let csv = CSVRowWriter(sink: sink)
            for (record, r) in zip(records, results) {
                csv.field(record.id)
                csv.field(record.lon, decimals: 7)
                csv.field(record.lat, decimals: 7)
                csv.field(r.chainageKm, decimals: 3)
                csv.field(r.offsetM, decimals: 1)
                csv.field(r.side.rawValue)
                csv.field(r.line)
                csv.field(r.kmPost, decimals: 3)
                try csv.endRow()
            }
            try csv.finish()
        }
        try stage("write") { try Data(sink.bytes).write(to: URL(fileURLWithPath: out)) }
        print(stages.map { "\($0.0) \($0.1)" }.joined(separator: " "))
    }
}
