import RouteMapTestSupport
import Foundation
import GeoEngines
import Testing
import RouteModel
@testable import Batch

@Suite struct SnapPointsJobTests {
    @Test func streamsEveryPointInOrderAndAgreesWithTheSingleSnap() throws {
        let route = ShippedRoute.route
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-snap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let stations = route.stations.prefix(40)
        let csv = "id,lon,lat\n" + stations.map { "\($0.name.replacingOccurrences(of: ",", with: " ")),\($0.position.lon),\($0.position.lat)" }.joined(separator: "\n")
        let input = directory.appendingPathComponent("in.csv")
        try csv.write(to: input, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("out.csv").path
        let summary = try SnapPointsJob.run(route: route, input: try PointReader(path: input.path), output: output, format: .csv,
                                            jobs: 2, chunkSize: 7) { Issue.record("unexpected problem \($0)") }
        #expect(summary.snapped == 40 && summary.failed == 0)
        let rows = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.count == 40)
        for (row, station) in zip(rows, stations) {
            #expect(String(row[0]) == station.name.replacingOccurrences(of: ",", with: " "))
            #expect(abs(Double(row[3])! - station.chainageKm) < 0.011, "\(station.name)")
            #expect(String(row[6]) == station.line || station.chainageKm == 384)
        }
        // Nothing but the output is left in the folder (no temporary files).
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["in.csv", "out.csv"])
    }
}
