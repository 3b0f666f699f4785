import RouteMapTestSupport
import Testing
import GeoEngines
@testable import Placement

@Suite struct PlaceNamesTests {
    let names = try! PlaceNames(route: ShippedRoute.route, snapper: try! .init(route: ShippedRoute.route, engines: WorkerEngines()))

    @Test func aliasesMatchWhateverTheSpelling() {
        for spelling in ["Ab-I-Gum", "Aab-e-Gum", "Abigum", "ab i gum"] {
            #expect(names.place(named: spelling)?.name == "Ab-I-Gum", "\(spelling)")
        }
        #expect(names.place(named: "Spezand")?.chainageKm == 25)
        #expect(names.place(named: "Mashkaf")?.chainageKm == 125)
    }

    @Test func unknownNamesGetTheClosestKnownOnes() {
        #expect(names.place(named: "Sibbi")?.name == "Sibi", "another spelling, through the spelling key")
        #expect(names.place(named: "Sibix") == nil)
        #expect(names.suggestions(for: "Sibix").first == "Sibi")
        #expect(names.suggestions(for: "Nutal").first?.contains("Nuttall") == true)
        #expect(names.unknownMessage("Gudalar").hasPrefix("'Gudalar' is not a known place (closest known names: "))
    }

    @Test func editDistance() {
        #expect(EditDistance.levenshtein(Array("sibbi"), Array("sibi")) == 1)
        #expect(EditDistance.levenshtein(Array("kitten"), Array("sitting")) == 3)
        #expect(EditDistance.levenshtein([], Array("abc")) == 3)
    }
}
