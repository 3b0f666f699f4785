import GeoJSON
import TextFormats
import Testing
import TrackBuilding

@Suite struct RailwayWaysReaderTests {
    private func read(_ features: String) throws(GeoJSONReadError) -> [RailwayWay] {
        try RailwayWaysReader.read(Array("{\"type\":\"FeatureCollection\",\"features\":[\(features)]}".utf8))
    }

    private let line = "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[67,29],[67.1,29]]}"

    @Test func readsTheHOTExportSchema() throws {
        let ways = try read("{\"type\":\"Feature\",\"properties\":{\"osm_id\":23886412,\"railway\":\"rail\",\"layer\":\"-1\",\"name\":null},\(line)}")
        #expect(ways.count == 1 && ways[0].id == "23886412" && ways[0].layer == -1 && ways[0].structure == .tunnel)
        #expect(ways[0].points.count == 2 && ways[0].points[1].lon == 67.1)
    }

    @Test func readsOverpassAndOgr2ogrIdsAndTags() throws {
        let ways = try read("""
        {"type":"Feature","properties":{"@id":"way/77","railway":"rail","bridge":"yes"},\(line)},
        {"type":"Feature","id":"way/78","properties":{"railway":"rail"},\(line)},
        {"type":"Feature","properties":{"osm_id":"79","other_tags":"\\"layer\\"=>\\"-2\\",\\"tunnel\\"=>\\"yes\\""},\(line)}
        """)
        #expect(ways.map(\.id) == ["77", "78", "79"])
        #expect(ways.map(\.structure) == [.bridge, nil, .tunnel])
        #expect(ways[2].layer == -2)
    }

    @Test func skipsWhatIsNotRunningTrack() throws {
        let ways = try read("""
        {"type":"Feature","properties":{"osm_id":1,"railway":"platform"},\(line)},
        {"type":"Feature","properties":{"osm_id":2,"railway":"station"},"geometry":{"type":"Point","coordinates":[67,29]}},
        {"type":"Feature","properties":{"osm_id":3,"railway":"rail"},\(line)}
        """)
        #expect(ways.map(\.id) == ["3"])
    }

    @Test func aBadLayerIsNamedByItsJSONPath() {
        #expect(throws: GeoJSONReadError(path: "features[1].properties.layer", message: "'deep' is not an OSM layer; expected a whole number such as -1 or 1")) {
            try read("""
            {"type":"Feature","properties":{"osm_id":1},\(line)},
            {"type":"Feature","properties":{"osm_id":2,"layer":"deep"},\(line)}
            """)
        }
    }

    @Test func aWayWithoutAnIdIsRefused() {
        #expect(throws: GeoJSONReadError.self) { try read("{\"type\":\"Feature\",\"properties\":{\"railway\":\"rail\"},\(line)}") }
    }

    @Test func aCollectionWithoutWaysIsRefused() {
        #expect(throws: GeoJSONReadError.self) { try read("{\"type\":\"Feature\",\"properties\":{\"osm_id\":1},\"geometry\":{\"type\":\"Point\",\"coordinates\":[67,29]}}") }
    }

    @Test func invalidCoordinatesFailWithTheirPath() {
        #expect(throws: GeoJSONReadError.self) { try read("{\"type\":\"Feature\",\"properties\":{\"osm_id\":1},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[67,99],[67.1,29]]}}") }
    }
}
