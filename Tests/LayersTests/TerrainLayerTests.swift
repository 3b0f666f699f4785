import RouteMapTestSupport
import GeoJSON
import Layers
import Testing
import TextFormats

@Suite struct TerrainLayerTests {
    let route = ShippedRoute.route

    @Test func areasArePolygonsAndSectionsAreLines() throws {
        let features = MapLayers.terrain(route).features
        let areas = features.filter { $0.string("feature_type") == "area" }
        let sections = features.filter { $0.string("feature_type") == "section" }
        #expect(areas.count == route.areas.count && areas.count == 3)
        #expect(sections.count == route.terrain.count && sections.count == 6)
        #expect(areas.allSatisfy { $0.polygonRings != nil } && sections.allSatisfy { $0.lineCoordinates != nil })
        for area in areas {
            let rings = try #require(area.polygonRings)
            #expect(rings[0].count >= 4 && rings[0].first == rings[0].last)
            #expect(signedArea(rings[0]) > 0, "\(area.string("id") ?? "") exterior must be counter-clockwise")
            #expect(rings.dropFirst().allSatisfy { signedArea($0) < 0 })
        }
        let bolan = try #require(areas.first { $0.string("id") == "A-BOLAN" })
        #expect(bolan.properties["mountainous"] == .bool(true) && bolan.string("fill") == "#8b5a2b")
        let kachhi = try #require(areas.first { $0.string("id") == "A-KACHHI-PLAIN" })
        #expect(kachhi.properties["mountainous"] == .bool(false) && kachhi.string("fill") != "#8b5a2b")
    }

    @Test func sectionsCarryTheirGradient() throws {
        let sections = MapLayers.terrain(route).features.filter { $0.string("feature_type") == "section" }
        // Mach (chainage 66, 989 m) up to Kolpur (41, 1790 m): falling 801 m over 25 km of increasing chainage.
        let upper = try #require(sections.first { $0.string("id") == "TS-BOLAN-UPPER" })
        #expect(abs((upper.number("gradient_per_mille") ?? 0) - (989 - 1790) / 25.0) < 0.01)
        #expect(upper.string("ruling_gradient") == "1 in 25" && upper.properties["mountainous"] == .bool(true))
        let plain = try #require(sections.first { $0.string("id") == "TS-KACHHI-PLAIN" })
        #expect(plain.properties["mountainous"] == .bool(false) && plain.properties["gradient_per_mille"] == .null)
        #expect(plain.string("stroke") != upper.string("stroke"))
    }
}
