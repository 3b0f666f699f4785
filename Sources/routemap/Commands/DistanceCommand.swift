import ArgumentParser
import GeoEngines
import GeoJSON
import TextFormats

/// `routemap distance --from LON,LAT --to LON,LAT`: the ellipsoidal distance between two points.
struct DistanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distance",
        abstract: "Geodesic (WGS84 ellipsoid) distance and azimuths between two points.",
        discussion: "Example: routemap distance --from 67.0008,30.1916 --to 67.8698,29.5476 --format json")

    @Option(name: .long, help: ArgumentHelp("Start point.", valueName: "lon,lat"))
    var from: String
    @Option(name: .long, help: ArgumentHelp("End point.", valueName: "lon,lat"))
    var to: String

    @OptionGroup var output: OutputOptions

    func validate() throws {
        _ = try ArgumentValues.point(from, name: "--from")
        _ = try ArgumentValues.point(to, name: "--to")
    }

    func run() throws {
        let a = try ArgumentValues.point(from, name: "--from"), b = try ArgumentValues.point(to, name: "--to")
        let r = Geodesic.wgs84.inverse(a, b)
        let json: JSONObject = [
            "distance_m": .number(r.distance),
            "azimuth_deg": .number(r.azimuthDegrees),
            "back_azimuth_deg": .number(r.backAzimuthDegrees),
            "method": "geodesic on the WGS84 ellipsoid (GeographicLib via PROJ), accurate to about 15 nm",
        ]
        try CommandOutput.emit(output.format, json: json, table: .fields([
            ("distance", Format.fixed(r.distance, 3) + " m"),
            ("azimuth", Format.fixed(r.azimuthDegrees, 6) + "°"),
            ("back azimuth", Format.fixed(r.backAzimuthDegrees, 6) + "°"),
        ]))
    }
}
