import Foundation
import GeoEngines
import RouteModel
import TrackBuilding

/// The small made-up line in `Fixtures/` and the figures pyproj and shapely computed for it
/// (Scripts/oracles/track_fixture.py).
enum SmallLineFixture {
    static func data(_ name: String) throws -> Data {
        let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!
        return try Data(contentsOf: url)
    }

    static func ways() throws -> [RailwayWay] { try RailwayWaysReader.read([UInt8](try data("small-line.geojson"))) }

    static func stops(_ file: String = "small-line-stations.csv") throws -> [TrackStop] {
        try GeoDataLoader.stations(String(decoding: try data(file), as: UTF8.self)).map {
            TrackStop(name: $0.station.name, chainageKm: $0.station.chainageKm, position: $0.publishedPosition)
        }
    }

    struct Expected: Decodable {
        var path_length_m: Double
        var gap_connector_m: Double
        var join_connector_m: Double
        var tunnel_length_m: Double
        var bridge_to_end_m: Double
        var station_distance_m: [String: Double]
        var source_runs: [String]
    }

    static func expected() throws -> Expected { try JSONDecoder().decode(Expected.self, from: try data("small-line-expected.json")) }

    static func build(_ stations: String = "small-line-stations.csv") throws -> BuiltTrack {
        try TrackBuilder.build(ways: try ways(), stops: try stops(stations), engines: WorkerEngines())
    }
}
