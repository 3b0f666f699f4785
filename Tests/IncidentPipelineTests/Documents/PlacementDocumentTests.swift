import RouteMapTestSupport
import Foundation
import Testing
import GeoEngines
import GeoJSON
import IncidentPipeline
import Placement
import TextFormats

@Suite struct PlacementJSONTests {
    let placer = try! IncidentPlacer(route: ShippedRoute.route, engines: WorkerEngines())

    func shipped() throws -> Placement {
        let url = ShippedRoute.geoDataFolder.appendingPathComponent("jaffar-express/incidents/JE-2025-03-11.json")
        return try placer.place(try IncidentFile.parse(String(contentsOf: url, encoding: .utf8)))
    }

    @Test func placeHasTheContractKeysFirst() throws {
        let o = try shipped().jsonObject
        #expect(Array(o.keys.prefix(14)) == ["id", "chainage_km", "interval_km", "uncertainty_km", "point", "line", "km_post",
                                             "between", "tunnel", "terrain", "elevation_m", "conflicts", "warnings", "title"])
        #expect(o["id"] == "JE-2025-03-11")
        #expect(o["chainage_km"] == 120.0)
        #expect(o["interval_km"] == [115.0, 125.0])
        #expect(o["uncertainty_km"] == 5.5)
        #expect(o["line"] == "ML-3" && o["km_post"] == 264.0)
        #expect(o["between"] == ["Pehro Kunri", "Mushkaf"])
        #expect(o["terrain"] == "Mashkaf valley (Mushkaf–Ab-i-Gum)")
        let point = try #require(o["point"]?.arrayValue?.compactMap { $0.numberValue })
        #expect(point.count == 2 && (67.6...67.8).contains(point[0]) && (29.5...29.7).contains(point[1]))
        let conflicts = try #require(o["conflicts"]?.arrayValue)
        #expect(conflicts.compactMap { $0.objectValue?["clue"]?.numberValue } == [7, 10, 11])
        #expect(conflicts.allSatisfy { $0.objectValue?["reason"]?.stringValue?.isEmpty == false })
        let rejected = try #require(o["clues_rejected"]?.arrayValue)
        #expect(rejected.compactMap { $0.objectValue?["status"]?.stringValue } == ["unreadable", "conflict", "conflict", "conflict"])
        #expect(o["accuracy"]?.stringValue?.contains("±0.5 km") == true)
        // Renders as JSON text (no NaN or infinity anywhere).
        let text = try JSONText.render(.object(o))
        #expect(try JSONParser.parse(text).objectValue?["id"] == "JE-2025-03-11")
    }

    @Test func distancesHaveTheContractKeysSortedByAlongTrack() throws {
        let o = try placer.reliefDistances(for: shipped()).jsonObject
        #expect(o["incident"]?.objectValue?["id"] == "JE-2025-03-11")
        let relief = try #require(o["relief"]?.arrayValue?.compactMap { $0.objectValue })
        #expect(relief.count == ShippedRoute.route.reliefPoints.count)
        for r in relief {
            #expect(Array(r.keys.prefix(8)) == ["name", "kind", "distance_m", "azimuth_deg", "access_chainage_km", "along_track_km",
                                                "eta_rail_min", "eta_air_min"])
        }
        let along = relief.compactMap { $0["along_track_km"]?.numberValue }
        #expect(along == along.sorted() && along.count == relief.count)
        _ = try JSONText.render(.object(o))
    }
}
