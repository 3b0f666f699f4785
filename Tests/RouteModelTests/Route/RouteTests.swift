import RouteMapTestSupport
import Testing
import GeoEngines
@testable import RouteModel

@Suite struct RouteTests {
    let route = ShippedRoute.route

    @Test(arguments: [
        (0.0, "ML-3", 384.0), (125.0, "ML-3", 259.0), (384.0, "ML-3", 0.0), (384.5, "ML-1", 481.5),
        (750.0, "ML-1", 847.0), (750.25, "LMK", 0.25), (886.0, "LMK", 136.0), (886.5, "ML-1", 938.5), (1635.0, "ML-1", 1687.0),
    ])
    func lineAndKmPostAcrossTheLineChanges(km: Double, line: String, post: Double) {
        let p = route.kmPost(atChainage: km)
        #expect(p.line == line && abs(p.kmPost - post) < 1e-9)
    }

    @Test func postsMapBackToChainage() {
        #expect(route.chainages(atPost: 259, line: "ML-3") == [125])
        #expect(route.chainages(atPost: 1015, line: "ML-1") == [963])
        #expect(route.chainages(atPost: 900, line: "ML-1").isEmpty)   // ML-1 900 is on the Lodhran–Khanewal chord the train skips
        #expect(route.lineID(named: "ml3") == "ML-3" && route.lineID(named: "Multan line") == "LMK")
    }

    @Test func sublineLengthsAddUp() {
        let whole = route.line.modelLengthM(fromKm: 0, toKm: route.lengthKm)
        let parts = [0.0, 101.5, 384, 750.2, 1635].adjacentPairs().map { route.line.modelLengthM(fromKm: $0, toKm: $1) }
        #expect(abs(parts.reduce(0, +) - whole) < 0.01)
        #expect(abs(whole - route.line.modelLengthM.last!) < 0.01)
        let tunnel = route.line.subline(fromKm: 116, toKm: 125)
        #expect(tunnel.first == route.station(named: "Pehro Kunri")!.position)
        #expect(tunnel.last == route.station(named: "Mushkaf")!.position)
        // A stretch inside one segment is two points and about as long as its share of the segment.
        let short = route.line.subline(fromKm: 117, toKm: 118)
        #expect(short.count == 2)
    }

    @Test func positionDescribesStationsTunnelsTerrainAndElevation() {
        let p = route.position(atChainage: 120)
        #expect(p.stationBefore.name == "Pehro Kunri" && p.stationAfter.name == "Mushkaf")
        #expect(p.line == "ML-3" && p.kmPost == 264)
        #expect(p.tunnels.map(\.id).contains("T-MUSHKAF") && p.tunnels.map(\.id).contains("T-8"))
        #expect(p.mountainous)
        let kolpur = route.position(atChainage: 41)
        #expect(kolpur.elevationM == 1790)
        #expect(route.position(atChainage: 1000).elevationM == nil)   // no sourced heights near Sahiwal
    }

    @Test func theOneInTwentyFiveClimbShows() throws {
        let p = route.position(atChainage: 60)   // between Mach (66) and Hirok (53)
        #expect(p.rulingGradient?.ruling == "1 in 25" && p.rulingGradient?.perMille == 40)
        // Average between Mach 989 m (km 66) and Hirok 1387 m (km 53): 398 m over 13 km, rising towards Quetta.
        let g = try #require(p.gradientPerMille)
        #expect(abs(g - (989 - 1387) / 13.0) < 1e-9)
        #expect(abs(p.elevationM! - (1387 + (989 - 1387) * 7 / 13.0)) < 1e-9)
    }

    @Test func estimatedStationsLieOnTheLineBetweenTheirNeighbours() throws {
        let bahawalpur = try #require(route.station(named: "Bahawalpur"))
        #expect(bahawalpur.positionSource == .estimated)
        #expect(bahawalpur.position == route.line.point(atChainage: 734))
        let samasata = try #require(route.station(named: "Samasata Junction")), adamwahan = try #require(route.station(named: "Adamwahan"))
        let d1 = Geodesic.wgs84.distance(samasata.position, bahawalpur.position)
        let d2 = Geodesic.wgs84.distance(bahawalpur.position, adamwahan.position)
        #expect(d1 > 0 && d2 > 0 && abs(d1 / (d1 + d2) - 12.0 / 19.0) < 0.05)
    }

    @Test func namesMatchIgnoringCaseAndPunctuation() {
        #expect(route.station(named: "ab i gum")?.name == "Ab-I-Gum")
        #expect(route.station(named: "AABEGUM")?.name == "Ab-I-Gum")
        #expect(route.station(named: "Gudalar") == nil)
    }

    @Test func dataChecksReportThePostsThatCannotBeRight() {
        let codes = route.warnings.filter { $0.code == "posts-shorter-than-straight-line" }
        let names = codes.map(\.message)
        #expect(names.contains { $0.hasPrefix("Ab-I-Gum → Peshi: 11.59 km") })
        #expect(names.contains { $0.hasPrefix("Mangoli → Dera Allahyar") })
        #expect(names.contains { $0.hasPrefix("Sahiwal → Yousafwala") })
        #expect(!names.contains { $0.hasPrefix("Quetta → Sar-I-Ab") })
    }

    @Test func areaCorridorsAreClosedPolygonsAroundTheirStretch() throws {
        let dhadar = try #require(route.areas.first { $0.id == "A-DHADAR" })
        let ring = try #require(dhadar.polygon.first)
        #expect(ring.count >= 5 && ring.first == ring.last)
        // The corridor reaches about half-width (10 km) from the line at Pehro Kunri.
        let pk = route.station(named: "Pehro Kunri")!.position
        let nearest = ring.map { Geodesic.wgs84.distance($0, pk) }.min()!
        #expect(nearest > 9_000 && nearest < 10_500)
    }
}

extension Array {
    func adjacentPairs() -> [(Element, Element)] { Array<(Element, Element)>(zip(self, dropFirst())) }
}
