import GeoEngines
import Testing
import TrackBuilding

@Suite struct TrackBuilderTests {
    /// Consecutive vertices' sources with repeats folded, as the path runs.
    private func runs(_ track: BuiltTrack) -> [String] {
        track.vertices.dropLast().map(\.source).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
    }

    private func length(_ vertices: some Collection<TrackVertex>) -> Double {
        let points = vertices.map(\.point)
        return zip(points, points.dropFirst()).reduce(0) { $0 + Geodesic.wgs84.distance($1.0, $1.1) }
    }

    @Test func pathRunsAlongTheThroughLineAndBridgesTheGapInsteadOfTheLoop() throws {
        let track = try SmallLineFixture.build(), expected = try SmallLineFixture.expected()
        #expect(runs(track) == expected.source_runs)
        #expect(!track.vertices.contains { $0.source == "3" || $0.source == "8" })
        #expect(abs(track.lengthM - expected.path_length_m) < 0.05)
    }

    @Test func everyConnectorIsReportedWithItsLength() throws {
        let connectors = try SmallLineFixture.build().connectors, expected = try SmallLineFixture.expected()
        #expect(connectors.count == 2)
        #expect(abs(connectors[0].lengthM - expected.gap_connector_m) < 0.01)
        #expect(connectors[0].afterStation == "Siding Halt" && connectors[0].beforeStation == "East Gap")
        #expect(abs(connectors[1].lengthM - expected.join_connector_m) < 0.01)
    }

    @Test func stationsAttachToTheThroughTrackAndKeepTheirOrder() throws {
        let track = try SmallLineFixture.build(), expected = try SmallLineFixture.expected()
        #expect(track.vertices.compactMap(\.station) == ["West", "Siding Halt", "East Gap", "End"])
        #expect(track.vertices.first?.station == "West" && track.vertices.last?.station == "End")
        for station in track.stations {
            #expect(station.onPath)
            #expect(abs(station.distanceM! - expected.station_distance_m[station.name]!) < 0.05, "\(station.name)")
        }
    }

    @Test func tunnelAndBridgeWaysKeepTheirLayer() throws {
        let track = try SmallLineFixture.build(), expected = try SmallLineFixture.expected()
        let tunnel = track.vertices.indices.filter { track.vertices[$0].structure == .tunnel }
        #expect(tunnel.allSatisfy { track.vertices[$0].layer == -1 && track.vertices[$0].source == "5" })
        #expect(abs(length(track.vertices[tunnel.first!...(tunnel.last! + 1)]) - expected.tunnel_length_m) < 0.01)
        let bridge = track.vertices.indices.filter { track.vertices[$0].structure == .bridge }
        #expect(abs(length(track.vertices[bridge.first!...]) - expected.bridge_to_end_m) < 0.01)
    }

    @Test func aStationBehindItsPredecessorIsSkippedNotReachedByTurningBack() throws {
        let track = try SmallLineFixture.build("small-line-behind.csv")
        #expect(track.vertices.compactMap(\.station) == ["West", "Siding Halt", "East Gap"])
        #expect(track.reversals.isEmpty)
        let behind = track.stations.first { $0.name == "Behind" }!
        #expect(!behind.onPath && behind.note.contains("without reversing"))
        // Eastward all the way: longitudes never decrease along the path.
        #expect(zip(track.vertices, track.vertices.dropFirst()).allSatisfy { $0.point.lon <= $1.point.lon })
    }

    @Test func aTrainMayReverseAtAStationOverAShortStretch() throws {
        let track = try SmallLineFixture.build("small-line-reverse.csv")
        #expect(track.vertices.compactMap(\.station) == ["West", "Siding Halt", "Back", "Home"])
        #expect(track.reversals == ["Siding Halt"])
        #expect(track.stations.first { $0.name == "Siding Halt" }!.note.contains("reverses"))
    }

    @Test func aStationFarFromEveryWayIsLeftToItsKmPost() throws {
        var stops = try SmallLineFixture.stops()
        stops.insert(TrackStop(name: "Town", chainageKm: 2, position: GeoPoint(lon: 67.025, lat: 29.05)), at: 2)
        let track = try TrackBuilder.build(ways: try SmallLineFixture.ways(), stops: stops, engines: WorkerEngines())
        let town = track.stations.first { $0.name == "Town" }!
        #expect(!town.onPath && town.note.contains("no track within 1000 m"))
        #expect(!track.vertices.contains { $0.station == "Town" })
    }

    @Test func theTrackMustStartAtTheFirstStation() throws {
        var stops = try SmallLineFixture.stops()
        stops[0].position = GeoPoint(lon: 66.9, lat: 29.0)
        #expect(throws: TrackBuildError.self) { try TrackBuilder.build(ways: try SmallLineFixture.ways(), stops: stops, engines: WorkerEngines()) }
    }
}
