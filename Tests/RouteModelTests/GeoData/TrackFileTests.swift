import GeoEngines
import RouteMapTestSupport
import RouteModel
import Testing

@Suite struct TrackFileTests {
    private let header = "lon,lat,source,layer,structure,station\n"

    /// A made-up track due north then on: Quetta, a vertex, Sibi, a vertex, Peshawar Cantonment.
    private func track(_ rows: [String]) -> GeoDataFiles { shippedFiles(replacing: ["track.csv": header + rows.joined(separator: "\n") + "\n"]) }

    private let plain = ["67.0,30.0,101,,,Quetta", "67.0,30.1,101,,,", "67.0,30.2,102,-1,tunnel,Sibi",
                         "67.0,30.3,connector,,,", "67.0,30.4,,,,Peshawar Cantonment"]

    @Test func chainageIsExactAtStationVerticesAndProportionalBetween() throws {
        let route = try RouteBuilder.build(track(plain), engines: WorkerEngines())
        #expect(route.line.points.count == 5 && route.track?.sources == ["101", "101", "102", "connector"])
        #expect(route.line.chainageKm[0] == 0 && route.line.chainageKm[2] == 141 && route.line.chainageKm[4] == 1635)
        // Meridian arcs of 0.1° at 30.0–30.2° N differ by under 1e-4 of their length, so the vertex halfway is ~70.5 km.
        #expect(abs(route.line.chainageKm[1] - 70.5) < 0.01)
        #expect(route.track?.structures[2] == "tunnel" && route.track?.layers[2] == -1 && route.track?.isConnector(3) == true)
    }

    @Test func estimatedStationsArePlacedOnTheTrackByTheirPosts() throws {
        let route = try RouteBuilder.build(track(plain), engines: WorkerEngines())
        let estimated = route.stations.first { $0.positionSource == .estimated }!
        #expect(estimated.position.lon == 67.0 && estimated.position.lat > 30.2)
    }

    @Test func badRowsAreNamedByLineAndField() {
        func error(_ rows: [String]) -> String? {
            do { _ = try GeoDataLoader.load(track(rows)); return nil } catch { return "\(error)" }
        }
        #expect(error(["67.0,91,101,,,Quetta"] + plain.dropFirst())?.hasPrefix("track.csv:2 field 'lat'") == true)
        #expect(error([plain[0], "67.0,30.1,,,,"] + plain.dropFirst(2))?.hasPrefix("track.csv:3 field 'source'") == true)
        #expect(error([plain[0], "67.0,30.1,101,x,,"] + plain.dropFirst(2))?.hasPrefix("track.csv:3 field 'layer'") == true)
        #expect(error([plain[0], "67.0,30.1,101,,cave,"] + plain.dropFirst(2))?.hasPrefix("track.csv:3 field 'structure'") == true)
        #expect(error([plain[0], "67.0,30.1,101,,,Atlantis"] + plain.dropFirst(2))?.contains("'Atlantis' is not a station name") == true)
        #expect(error([plain[0], "67.0,30.1,101,,,Nari Bank", plain[2], plain[3], "67.0,30.35,101,,,Spezand Junction", plain[4]])?.contains("route order") == true)
        #expect(error(["67.0,30.0,101,,,"] + plain.dropFirst())?.contains("the first vertex must be the first station") == true)
        do {
            _ = try GeoDataLoader.load(shippedFiles(replacing: ["track.csv": "lon,lat,source\n" + plain.joined(separator: "\n")]))
            Issue.record("a wrong header was accepted")
        } catch { #expect("\(error)".hasPrefix("track.csv:1")) }
    }
}
