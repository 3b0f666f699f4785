import ArgumentParser
import GeoEngines
import GeoJSON
import TextFormats

/// `routemap distance --from LON,LAT --to LON,LAT`: the ellipsoidal distance between two points.
struct DistanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distance",
        abstract: "Geodesic (WGS84 ellipsoid) distance and azimuths between two points.",
        discussion: """
        Example: routemap distance --from 67.0008,30.1916 --to 67.8698,29.5476 --format json
        Without --from/--to it reads stdin like PROJ's `geod -I`, but longitude first as everywhere in \
        routemap: "lon1 lat1 lon2 lat2" a line (spaces or commas), optionally followed by an id; it writes, \
        in geod -I's order, azimuth_deg back_azimuth_deg distance_m [id] tab-separated (or JSON Lines with \
        --format json). Example: echo "67.0008 30.1916 67.8698 29.5476" | routemap distance
        """)

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Start point; omit with --to to read stdin.", valueName: "lon,lat"))
    var from: String?
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("End point.", valueName: "lon,lat"))
    var to: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (from == nil) == (to == nil) else { throw ValidationError("--from and --to go together (give both, or neither to read stdin)") }
        if let from { _ = try ArgumentValues.point(from, name: "--from") }
        if let to { _ = try ArgumentValues.point(to, name: "--to") }
    }

    func run() throws {
        guard let from, let to else { return try distancesFromStdin() }
        let r = Geodesic.wgs84.inverse(try ArgumentValues.point(from, name: "--from"), try ArgumentValues.point(to, name: "--to"))
        try CommandOutput.emit(output.format, json: Self.json(r), table: .fields([
            ("distance", Format.fixed(r.distance, 3) + " m"),
            ("azimuth", Format.fixed(r.azimuthDegrees, 6) + "°"),
            ("back azimuth", Format.fixed(r.backAzimuthDegrees, 6) + "°"),
        ]))
    }

    private func distancesFromStdin() throws {
        let out = try LineOutput(format: output.format)
        let failed = try StdinRecords(fields: ["lon1", "lat1", "lon2", "lat2"]).forEach { record in
            let n = record.numbers
            let r = Geodesic.wgs84.inverse(try StdinRecords.point(lon: n[0], lat: n[1], suffix: "1"),
                                           try StdinRecords.point(lon: n[2], lat: n[3], suffix: "2"))
            var json: JSONObject = record.id.map { ["id": .string($0)] } ?? [:]
            let result = Self.json(r)
            for key in result.keys where key != "method" { json[key] = result[key] }
            try out.write(json: json, text: [Format.fixed(r.azimuthDegrees, 6), Format.fixed(r.backAzimuthDegrees, 6),
                                             Format.fixed(r.distance, 3)] + (record.id.map { [$0] } ?? []))
        }
        out.flush()
        if let failure = StdinRecords.failure(failed) { throw failure }
    }

    private static func json(_ r: GeodesicInverse) -> JSONObject {
        [
            "distance_m": .number(r.distance),
            "azimuth_deg": .number(r.azimuthDegrees),
            "back_azimuth_deg": .number(r.backAzimuthDegrees),
            "method": "geodesic on the WGS84 ellipsoid (GeographicLib via PROJ), accurate to about 15 nm",
        ]
    }
}
