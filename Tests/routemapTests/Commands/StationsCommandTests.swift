import Foundation
import Testing

@Suite struct StationsCommandTests {
    @Test func stationTableListsAll168() throws {
        let r = try RoutemapBinary.run(["stations", "--format", "json"])
        #expect(r.status == 0)
        let stations = try #require(try r.json()["stations"] as? [[String: Any]])
        #expect(stations.count == 168)
        #expect(stations.first?["name"] as? String == "Quetta" && stations.last?["chainage_km"] as? Double == 1635)
        #expect(stations.filter { $0["position"] as? String == "estimated" }.count == 13)
        let table = try RoutemapBinary.run(["stations"])
        #expect(table.stdout.split(separator: "\n").count == 168 + 2)
    }
}
