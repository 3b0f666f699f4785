import Layers
import Testing

@Suite struct LayerNameTests {
    @Test func listsParseInOrderWithoutRepeats() throws {
        #expect(try LayerName.parseList("route, stations,km-markers,route") == [.route, .stations, .kmMarkers])
        #expect(try LayerName.parseList("DISTANCES") == [.distances])
    }

    @Test func badListsAreNamed() {
        #expect(throws: LayerError.unknownLayer("railway")) { try LayerName.parseList("route,railway") }
        #expect(throws: LayerError.emptyLayerList) { try LayerName.parseList(" ") }
        #expect(throws: LayerError.emptyLayerName(list: "route,,stations")) { try LayerName.parseList("route,,stations") }
        #expect(LayerError.unknownLayer("railway").description.contains("km_markers"))
    }

    @Test func incidentLayersAreMarked() {
        #expect(LayerName.allCases.filter(\.needsIncident) == [.incident, .distances])
        #expect(LayerName.routeLayers.count + LayerName.incidentLayers.count == LayerName.allCases.count)
    }
}
