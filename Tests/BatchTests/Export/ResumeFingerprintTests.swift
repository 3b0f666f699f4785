import GeoEngines
import Placement
import RouteMapTestSupport
import RouteModel
import ShippedGeoData
import Testing
@testable import Batch

/// `--resume` reuses a folder only when everything its outputs depend on is unchanged. The old
/// fingerprint covered the route's id, length, station count and relief points, so edited tunnels,
/// areas, coordinates or speeds reused stale folders.
@Suite struct ResumeFingerprintTests {
    func route(replacing name: String, _ edit: (String) -> String) throws -> Route {
        var files = ShippedGeoData.routes[ShippedGeoData.defaultRoute]!
        let edited = edit(files[name]!)
        #expect(edited != files[name]!, "the edit must change \(name)")
        files[name] = edited
        return try RouteBuilder.build(GeoDataFiles(origin: "test", files: files), engines: WorkerEngines())
    }

    let incident = Incident(id: "T-1", clues: [Clue(.tunnel("8"))])
    var shippedKey: String { BatchJob.routeFingerprint(ShippedRoute.route) }

    @Test func theSameRouteGivesTheSameFingerprint() throws {
        let rebuilt = try RouteBuilder.build(ShippedRoute.files, engines: WorkerEngines())
        #expect(BatchJob.routeFingerprint(rebuilt) == shippedKey)
        #expect(shippedKey.count == 16)
    }

    @Test func editsToTunnelsSpeedsAreasOrCoordinatesChangeIt() throws {
        let edits: [(String, (String) -> String)] = [
            ("tunnels.csv", { $0.replacingOccurrences(of: "T-KOLPUR,,Kolpur tunnel,25,41", with: "T-KOLPUR,,Kolpur tunnel,26,41") }),
            ("speeds.csv", { $0.replacingOccurrences(of: "0,41,40,assumption", with: "0,41,45,assumption") }),
            ("stations.csv", { $0.replacingOccurrences(of: "34.0022483,71.5504094", with: "34.0022483,71.5504095") }),
            ("areas.csv", { $0.replacingOccurrences(of: "A-BOLAN,Bolan Pass,Bolan;Bolan Pass area,41,130,10,", with: "A-BOLAN,Bolan Pass,Bolan;Bolan Pass area,41,130,11,") }),
        ]
        for (name, edit) in edits {
            let edited = try route(replacing: name, edit)
            #expect(BatchJob.routeFingerprint(edited) != shippedKey, "\(name)")
        }
    }

    @Test func placementOptionsAndTheIncidentAreInTheRowFingerprint() {
        var wider = PlacementOptions()
        wider.offsetLimit = OffsetLimit(maxKm: 80)
        let base = BatchJob.fingerprint(incident, routeKey: shippedKey, options: PlacementOptions())
        #expect(BatchJob.fingerprint(incident, routeKey: shippedKey, options: wider) != base)
        #expect(BatchJob.fingerprint(Incident(id: "T-1", clues: [Clue(.tunnel("9"))]), routeKey: shippedKey, options: PlacementOptions()) != base)
        #expect(BatchJob.fingerprint(incident, routeKey: shippedKey, options: PlacementOptions()) == base)
    }
}
