import Foundation
import Testing

@Suite struct SummaryCommandTests {
    @Test func summaryNamesTheLegsAndTheDataWarnings() throws {
        let r = try RoutemapBinary.run(["summary", "--format", "json"])
        let json = try r.json()
        #expect(json["length_km"] as? Double == 1635 && (json["legs"] as? [Any])?.count == 4)
        #expect((json["warnings"] as? [String])?.contains { $0.hasPrefix("Ab-I-Gum → Peshi") } == true)
    }
}
