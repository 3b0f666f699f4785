import Testing
import GeoJSON
import RouteModel
@testable import Placement

@Suite struct ReliefPointsFileTests {
    func parse(_ text: String) throws(GeoJSONReadError) -> [ReliefPoint] { try ReliefPointsFile.parse(Array(text.utf8)) }

    @Test func readsPointsWithDefaults() throws {
        let points = try parse("""
        {"type":"FeatureCollection","features":[
          {"type":"Feature","id":"h1","geometry":{"type":"Point","coordinates":[67.87,29.55]},"properties":{"name":"Field hospital","kind":"hospital","precision":"town"}},
          {"type":"Feature","geometry":{"type":"Point","coordinates":[67.3,29.86]},"properties":{"name":"Camp"}}]}
        """)
        #expect(points.map(\.id) == ["h1", "user-2"])
        #expect(points[0].kind == .hospital && points[0].precision == .town && points[0].position.lon == 67.87)
        #expect(points[1].kind == .stagingArea && points[1].precision == .site && points[1].source == "user file")
    }

    @Test func errorsNameTheJSONPath() {
        func message(_ text: String) -> String {
            do { _ = try parse(text); return "no error" } catch { return error.description }
        }
        let point = #"{"type":"Point","coordinates":[67,29]}"#
        #expect(message(#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":\#(point),"properties":{"name":"x","kind":"clinic"}}]}"#)
                    .hasPrefix("features[0].properties.kind: expected one of rail_station, hospital, staging_area, town"))
        #expect(message(#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":\#(point),"properties":{}}]}"#)
                    .hasPrefix("features[0].properties.name"))
        #expect(message(#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[[67,29],[68,30]]},"properties":{"name":"x"}}]}"#)
                    == "features[0].geometry: expected a Point")
        #expect(message(#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[67,95]},"properties":{"name":"x"}}]}"#)
                    .contains("features[0].geometry.coordinates"))
        #expect(message(#"{"type":"FeatureCollection","features":[]}"#).contains("at least one"))
        #expect(message(point).contains("FeatureCollection"))
    }
}
