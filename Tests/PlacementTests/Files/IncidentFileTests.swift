import RouteMapTestSupport
import Foundation
import Testing
@testable import Placement

@Suite struct IncidentFileTests {
    func error(_ text: String) -> String? {
        do { _ = try IncidentFile.parse(text, file: "x.json"); return nil } catch { return error.description }
    }

    @Test func shippedIncidentReadsEveryClue() throws {
        let url = ShippedRoute.geoDataFolder.appendingPathComponent("jaffar-express/incidents/JE-2025-03-11.json")
        let incident = try IncidentFile.parse(String(contentsOf: url, encoding: .utf8))
        #expect(incident.id == "JE-2025-03-11" && incident.time == "2025-03-11T13:00:00+05:00")
        #expect(incident.clues.count == 12)
        #expect(incident.clues[0].kind == .tunnel("8"))
        #expect(incident.clues[1].kind == .between("Pehro Kunri", "Gudalar"))
        #expect(incident.clues[8].kind == .distanceFrom(place: "Quetta", km: 157, by: .road) && incident.clues[8].weight == 0.5)
        #expect(incident.clues[10].kind == .near(place: "Ab-I-Gum", withinKm: 10) && incident.clues[10].weight == 0.2)
        #expect(incident.clues[4].source?.hasPrefix("https://www.dawn.com/") == true)
        #expect(incident.notes.contains("Osipur"))
    }

    @Test func everyKindAndItsOptions() throws {
        let text = #"""
        {"id": "t", "clues": [
          {"tunnel": 8}, {"area": "Dhadar", "weight": 0}, {"near": "Sibi"}, {"km_post": 130, "line": "ML-3"},
          {"chainage_km": 120.5, "note": "n"}, {"at": [67.66, 29.61], "accuracy_m": 500},
          {"distance_from": "Quetta", "km": 157, "by": "straight"}]}
        """#
        let clues = try IncidentFile.parse(text).clues
        #expect(clues.map(\.kind) == [.tunnel("8"), .area("Dhadar"), .near(place: "Sibi", withinKm: nil), .kmPost(post: 130, line: "ML-3"),
                                      .chainage(km: 120.5), .at(lon: 67.66, lat: 29.61, accuracyM: 500),
                                      .distanceFrom(place: "Quetta", km: 157, by: .straight)])
        #expect(clues[1].weight == 0 && clues[4].note == "n")
    }

    @Test func errorsNameTheJSONPathAndWhatWasExpected() {
        let clue = { (c: String) in #"{"id": "t", "clues": [{"near": "Sibi"}, {"tunnel": "8"}, \#(c)]}"# }
        #expect(error(clue(#"{"distance_from": "Quetta", "km": "157", "by": "road"}"#)) == "x.json: clues[2].km: expected a number")
        #expect(error(clue(#"{"distance_from": "Quetta", "km": 157}"#)) == "x.json: clues[2]: missing key 'by'")
        #expect(error(clue(#"{"distance_from": "Quetta", "km": 157, "by": "car"}"#)) == "x.json: clues[2].by: expected rail, road or straight, not 'car'")
        #expect(error(clue(#"{"near": "Sibi", "withn_km": 3}"#))?.hasPrefix("x.json: clues[2].withn_km: unknown key") == true)
        #expect(error(clue(#"{"near": "Sibi", "weight": 1.5}"#)) == "x.json: clues[2].weight: expected a number from 0 to 1, got 1.5")
        #expect(error(clue(#"{"near": "Sibi", "area": "Dhadar"}"#))?.contains("clues[2]: has several clue kinds (area, near)") == true)
        #expect(error(clue(#"{"source": "x"}"#))?.contains("clues[2]: expected one clue kind") == true)
        #expect(error(clue(#"{"between": ["Sibi"]}"#)) == "x.json: clues[2].between: expected two place names, got 1")
        #expect(error(clue(#"{"at": [67.6, 95], "accuracy_m": 1}"#))?.hasPrefix("x.json: clues[2].at[1]: expected a number from -90 to 90") == true)
        #expect(error(clue(#"{"near": true}"#)) == "x.json: clues[2].near: expected a string")
        #expect(error(#"{"clues": []}"#) == "x.json: missing key 'id'")
        #expect(error(#"{"id": "t", "time": "yesterday", "clues": []}"#)?.hasPrefix("x.json: time: expected an ISO 8601 time") == true)
        #expect(error(#"{"id": "t", "clues": [}"#)?.hasPrefix("x.json: invalid JSON at line 1, column ") == true)
    }
}
