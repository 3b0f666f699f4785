import Foundation
import GeoEngines
import GeoJSON
import RouteModel
import ShippedGeoData
import TextFormats
import FileOutput

// routemap-bench: times routemap's hot paths on data files shared with the Python peers (Scripts/bench).
//   routemap-bench line OUT.bin                    write the shipped route's vertices (lon, lat float64 pairs)
//   routemap-bench snap POINTS.bin RUNS JOBS       snap every point; prints one wall time (s) per run
//   routemap-bench geodesic PAIRS.bin RUNS [JOBS]  geod_inverse on each (lon1, lat1, lon2, lat2) record
//   routemap-bench write N OUT.geojson RUNS         stream N Point features (3 properties) to a FeatureCollection file
//   routemap-bench profile POINTS.csv RUNS OUT      snap-points' stages one by one (see StageProfile.swift)
// Each timing line is "seconds checksum" so the peers' results can be compared.
// ROUTEMAP_BENCH_DATA=FOLDER measures another GeoData route instead of the shipped one.

func readDoubles(_ path: String) throws -> [Double] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return data.withUnsafeBytes { Array($0.bindMemory(to: Double.self)) }
}

func time(_ body: () throws -> Double) rethrows -> (Double, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let checksum = try body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, checksum)
}

let arguments = CommandLine.arguments
let routeFiles = try ProcessInfo.processInfo.environment["ROUTEMAP_BENCH_DATA"].map { try GeoDataFiles.directory($0) }
    ?? GeoDataFiles(origin: "shipped GeoData", files: ShippedGeoData.routes[ShippedGeoData.defaultRoute]!)
let route = try RouteBuilder.build(routeFiles, engines: WorkerEngines())
switch arguments.dropFirst().first {
case "line":
    var flat: [Double] = []
    for p in route.line.points { flat += [p.lon, p.lat] }
    try flat.withUnsafeBytes { try Data($0).write(to: URL(fileURLWithPath: arguments[2])) }
case "snap":
    let flat = try readDoubles(arguments[2])
    let lons = stride(from: 0, to: flat.count, by: 2).map { flat[$0] }
    let lats = stride(from: 1, to: flat.count, by: 2).map { flat[$0] }
    for _ in 0..<Int(arguments[3])! {
        let (seconds, checksum) = try time {
            try ParallelSnapping.snap(route: route, lons: lons, lats: lats, jobs: Int(arguments[4])!).reduce(0) { $0 + ($1?.chainageKm ?? 0) }
        }
        print(seconds, checksum)
    }
case "geodesic":
    let flat = try readDoubles(arguments[2])
    let jobs = arguments.count > 4 ? Int(arguments[4])! : 1
    for _ in 0..<Int(arguments[3])! {
        let (seconds, checksum) = time { Geodesic.wgs84.distances(records: flat, jobs: jobs).reduce(0, +) }
        print(seconds, checksum)
    }
case "write":
    // Point i: lon 60 + (i mod 1000)·0.015, lat 24 + (⌊i/1000⌋ mod 1000)·0.012; properties id, name, value.
    // Scripts/benchmarks/extra_benchmarks.py writes the same points as CSV for ogr2ogr.
    let count = Int(arguments[2])!, path = arguments[3]
    for _ in 0..<Int(arguments[4])! {
        let (seconds, checksum) = try time {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                throw CocoaError(.fileWriteUnknown)
            }
            defer { try? handle.close() }
            let writer = try GeoJSONStreamWriter(sink: FileDescriptorSink(fileHandle: handle))
            for i in 0..<count {
                let position = Position(longitude: 60 + Double(i % 1000) * 0.015, latitude: 24 + Double((i / 1000) % 1000) * 0.012)
                try writer.write(Feature(geometry: .point(position),
                                         properties: ["id": .number(Double(i)), "name": .string("p\(i)"), "value": .number(Double(i) * 0.25)]))
            }
            try writer.finish()
            return Double(try handle.offset())
        }
        print(seconds, checksum)
    }
case "profile":
    try profileStages(route: route, csv: arguments[2], runs: Int(arguments[3])!, out: arguments[4])
default:
    FileHandle.standardError.write(Data("usage: routemap-bench line|snap|geodesic|write|profile …\n".utf8))
    exit(2)
}
