import RouteMapTestSupport
import Testing
import GeoEngines
import RouteModel
@testable import Placement

@Suite struct ClueReaderTests {
    let route = ShippedRoute.route
    let reader = try! ClueReader(route: ShippedRoute.route, engines: WorkerEngines(), options: PlacementOptions())

    func read(_ kind: ClueKind, note: String? = nil) throws -> ClueReading {
        try reader.read(Clue(kind, note: note), index: 0)
    }

    func pieces(_ kind: ClueKind) throws -> [ClosedRange<Double>]? {
        try read(kind).chainages?.pieces
    }

    /// Station chainages (RDT-new posts): Quetta 0, Spezand 25, Panir 101, Pehro Kunri 116, Mushkaf 125, Sibi 141.
    @Test func stationBasedClues() throws {
        #expect(try pieces(.between("Nuttall", "Dera Murad Jamali")) == [236...263])
        #expect(try pieces(.between("Dera Murad Jamali", "Nuttal")) == [236...263])
        #expect(try pieces(.near(place: "Pehro Kunri", withinKm: 10)) == [106...126])
        #expect(try pieces(.near(place: "Spezand", withinKm: nil)) == [23...27])
        #expect(try pieces(.near(place: "Quetta", withinKm: nil)) == [0...2])
        #expect(try pieces(.near(place: "Sibi outer signal", withinKm: nil)) == [140...142])
        #expect(try read(.near(place: "Sibi", withinKm: nil), note: "near the outer signal").chainages?.pieces == [140...142])
    }

    @Test func kmPostsAndChainagesCarryThePostRounding() throws {
        // ML-3 runs 384 (Quetta, chainage 0) down to 0 (Rohri, 384): post 130 is chainage 254.
        #expect(try pieces(.kmPost(post: 130, line: "ML-3")) == [253.5...254.5])
        #expect(try pieces(.kmPost(post: 130, line: "ml3")) == [253.5...254.5])
        // ML-1 Khanewal (938) is chainage 886, so post 1278 is 886 + 340 = 1226.
        #expect(try pieces(.kmPost(post: 1278, line: "ML-1")) == [1225.5...1226.5])
        #expect(try read(.kmPost(post: 1278, line: "ML-1")).includesPostRounding)
        #expect(try pieces(.chainage(km: 120.5)) == [120...121])
        // Off this route: read, but nowhere.
        let off = try read(.kmPost(post: 400, line: "ML-3"))
        #expect(off.chainages?.isEmpty == true)
        #expect(off.basis.contains("not on this route, which uses ML-3 posts 0–384"))
        let unknownLine = try read(.kmPost(post: 10, line: "ML-9"))
        #expect(unknownLine.chainages == nil)
        let warning = try #require(unknownLine.warnings.first)
        #expect(warning.contains("'ML-9' is not a known line (closest known names: ML-3") && warning.contains("ML-1"), "\(warning)")
    }

    @Test func tunnelsByNumberIdOrName() throws {
        for text in ["8", "T-8", "Tunnel No. 8", "tunnel 8"] {
            #expect(try pieces(.tunnel(text)) == [101...125], "\(text)")
        }
        #expect(try pieces(.tunnel("Mushkaf tunnel")) == [116...125])
        #expect(try read(.tunnel("8")).warnings.first?.contains("uncertain") == true)
        let unknown = try read(.tunnel("Summit tunnel"))
        #expect(unknown.chainages == nil && unknown.warnings.first?.contains("is not a known tunnel") == true)
    }

    @Test func railDistanceIsBothWaysWithinTwoPercent() throws {
        // 157 × 0.98 = 153.86, 157 × 1.02 = 160.14; the other direction is before Quetta (clipped away).
        let r = try #require(try pieces(.distanceFrom(place: "Quetta", km: 157, by: .rail)))
        #expect(r.count == 1)
        #expect(abs(r[0].lowerBound - 153.86) < 1e-9 && abs(r[0].upperBound - 160.14) < 1e-9)
        let both = try #require(try pieces(.distanceFrom(place: "Sibi", km: 16, by: .rail)))
        #expect(both.count == 2 && abs(both[0].upperBound - 125.32) < 1e-9 && abs(both[1].lowerBound - 156.68) < 1e-9)
    }

    /// Straight-line distances from Quetta station by pyproj (Scripts/oracles/relief_fixtures.py,
    /// `Geod(ellps="WGS84").inv(...)`): Panir 77,751.219 m, Pehro Kunri 90,501.871 m, Mushkaf 98,992.492 m.
    @Test func straightAndRoadDistancesAreBandsOnTheLine() throws {
        let quetta = route.stations[0].position
        let straight = try #require(try read(.distanceFrom(place: "Quetta", km: 99, by: .straight)).chainages)
        #expect(straight.contains(125)) // Mushkaf, 98.99 km
        #expect(!straight.contains(116) && !straight.contains(141))
        for piece in straight.pieces {
            for (km, inside) in [(piece.lowerBound, true), (piece.upperBound, true), ((piece.lowerBound + piece.upperBound) / 2, true)] {
                let d = Geodesic.wgs84.distance(quetta, route.line.point(atChainage: km))
                #expect((99_000 * 0.98 - 20...99_000 * 1.02 + 20).contains(d) == inside, "\(km): \(d)")
            }
        }
        // Road 157 km with detour ≤ 2: straight 78.5–157 km. Panir (77.75 km) is out, Pehro Kunri and Mushkaf in.
        let road = try #require(try read(.distanceFrom(place: "Quetta", km: 157, by: .road)).chainages)
        #expect(!road.contains(101) && road.contains(116) && road.contains(125))
        let start = try #require(road.hull?.lowerBound)
        #expect(abs(Geodesic.wgs84.distance(quetta, route.line.point(atChainage: start)) - 78_500) < 20)
    }

    /// The area's corridor is its stretch of line (Dhadar: Panir 101 – Mushkaf 125 km) buffered 10 km with
    /// flat ends (GEOS): the line lies inside it over that stretch and leaves it where the stretch ends.
    /// The corridor's width is checked independently: its ring vertices lie at most 10 km (+1 %) from the
    /// stretch densified every 50 m, measured geodesically.
    @Test func areaIsWhereTheLineIsInsideTheCorridor() throws {
        let dhadar = try #require(route.areas.first { $0.id == "A-DHADAR" })
        let inside = try #require(try read(.area("Dadhar")).chainages)
        #expect(inside.pieces.count == 1)
        let piece = inside.pieces[0]
        #expect(abs(piece.lowerBound - 101) < 0.2 && abs(piece.upperBound - 125) < 0.2, "\(piece)")
        #expect(!inside.contains(99) && !inside.contains(127))
        let stretch = route.line.subline(fromKm: 101, toKm: 125)
        let dense = zip(stretch, stretch.dropFirst()).flatMap { Geodesic.wgs84.densify($0, $1, maxSpacing: 50) }
        let ring = try #require(dhadar.polygon.first)
        let widths = ring.map { v in dense.map { Geodesic.wgs84.distance(v, $0) }.min()! }
        #expect(widths.max()! < dhadar.halfWidthKm * 1000 * 1.01)
        #expect(widths.filter { abs($0 - dhadar.halfWidthKm * 1000) < 200 }.count >= 4)
        #expect(try read(.area("Kachhi")).chainages == nil) // deliberately not an alias (SOURCES.md)
    }

    @Test func coordinateSnapsWithItsAccuracyAndOffset() throws {
        let pehro = route.stations.first { $0.name == "Pehro Kunri" }!.position
        let on = try read(.at(lon: pehro.lon, lat: pehro.lat, accuracyM: 500))
        let onPiece = try #require(on.chainages?.pieces.first)
        #expect(abs(onPiece.lowerBound - 115.5) < 0.01 && abs(onPiece.upperBound - 116.5) < 0.01)
        #expect(on.warnings.isEmpty)

        // 5 km off the straight Kachhi-plain line at chainage 250: offset reported, warning, ± (0.5 + 5) km.
        let p = route.line.point(atChainage: 250), ahead = route.line.point(atChainage: 251)
        let heading = Geodesic.wgs84.inverse(p, ahead).initialAzimuth
        let off = Geodesic.wgs84.direct(from: p, azimuth: heading + 90, distance: 5_000)
        let far = try read(.at(lon: off.lon, lat: off.lat, accuracyM: 500))
        let snap = try #require(far.snap)
        #expect(abs(snap.offsetM - 5_000) < 10 && abs(snap.chainageKm - 250) < 0.1)
        let farPiece = try #require(far.chainages?.pieces.first)
        #expect(abs(farPiece.upperBound - farPiece.lowerBound - 2 * 5.5) < 0.05)
        #expect(far.warnings.first?.contains("5.0 km from the modelled line (threshold 2 km)") == true)
        #expect(try read(.at(lon: 200, lat: 29, accuracyM: 1)).chainages == nil)
    }
}
