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

@Suite struct StationsPositionErrorTests {
    @Test func estimatedStationsShowTheirPositionError() throws {
        let stations = try #require(try RoutemapBinary.run(["stations", "--format", "json"]).json()["stations"] as? [[String: Any]])
        let chanigot = try #require(stations.first { $0["name"] as? String == "Chanigot" })
        #expect((chanigot["position_error_km"] as? Double ?? 0) > 5 && (chanigot["position_error_basis"] as? String)?.contains("OSM") == true)
        #expect(stations.first { $0["name"] as? String == "Quetta" }?["position_error_km"] is NSNull)
        let table = try RoutemapBinary.run(["stations"]).stdout
        #expect(table.contains("pos ± km") && table.split(separator: "\n").contains { $0.contains("Kulab") && $0.contains("≥ ") })
    }
}
