import RouteMapTestSupport
import Testing
import GeoEngines
@testable import RouteModel

@Suite struct RouteSnapperTests {
    let route = ShippedRoute.route

    @Test func everyStationSnapsToItsPostChainageWithin10m() throws {
        let snapper = try RouteSnapper(route: route, engines: WorkerEngines())
        for s in route.stations {
            let r = try snapper.snap(s.position)
            #expect(abs(r.chainageKm - s.chainageKm) < 0.010, "\(s.name): \(r.chainageKm) vs \(s.chainageKm)")
            #expect(r.offsetM < 10, "\(s.name)")
        }
    }

    @Test func locateOfSnapRoundTrips() throws {
        let snapper = try RouteSnapper(route: route, engines: WorkerEngines())
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let km = Double.random(in: 0...route.lengthKm, using: &generator)
            let onLine = route.line.point(atChainage: km)
            let back = try snapper.snap(onLine)
            #expect(back.offsetM < 1, "\(km)")
            // Off the line: the foot of the perpendicular is located again at the same chainage.
            let off = Geodesic.wgs84.direct(from: onLine, azimuth: Double.random(in: 0..<360, using: &generator), distance: 3_000)
            let snapped = try snapper.snap(off)
            let located = route.line.point(atChainage: snapped.chainageKm)
            #expect(Geodesic.wgs84.distance(located, snapped.point) < 0.01, "\(km)")
            #expect(snapped.offsetM <= 3_000 + 1)
        }
    }

    @Test func offsetIsTheGeodesicDistanceAndSideFollowsTheDirectionOfTravel() throws {
        let snapper = try RouteSnapper(route: route, engines: WorkerEngines())
        // Jacobabad → Rohri runs south-east; a point 2 km north-east of the line is on the left.
        let km = 330.0
        let p = route.line.point(atChainage: km)
        let next = route.line.point(atChainage: km + 1)
        let heading = Geodesic.wgs84.inverse(p, next).initialAzimuth
        let left = Geodesic.wgs84.direct(from: p, azimuth: heading - 90, distance: 2_000)
        let right = Geodesic.wgs84.direct(from: p, azimuth: heading + 90, distance: 2_000)
        let l = try snapper.snap(left), r = try snapper.snap(right)
        #expect(l.side == .left && r.side == .right)
        #expect(abs(l.offsetM - 2_000) < 5 && abs(r.offsetM - 2_000) < 5)
        #expect(abs(l.chainageKm - km) < 0.05)
    }

    @Test func bulkSnappingAgreesWithSinglePoints() throws {
        let snapper = try RouteSnapper(route: route, engines: WorkerEngines())
        var lons: [Double] = [], lats: [Double] = []
        for i in 0..<500 {
            let p = Geodesic.wgs84.direct(from: route.line.point(atChainage: Double(i) * 3.2), azimuth: Double(i * 37 % 360), distance: Double(i % 20) * 500)
            lons.append(p.lon); lats.append(p.lat)
        }
        var count = 0
        snapper.snapMany(lons: lons, lats: lats) { i, bulk in
            count += 1
            let single = try! snapper.snap(GeoPoint(lon: lons[i], lat: lats[i]))
            #expect(bulk.segment == single.segment && abs(bulk.chainageKm - single.chainageKm) < 1e-9)
            #expect(abs(bulk.offsetM - single.offsetM) <= max(0.5, single.offsetM * 0.002))
            #expect(bulk.side == single.side || single.offsetM < 0.01)
        }
        #expect(count == 500)
    }

    /// The segment tree must find the same segment as a scan of every segment, near the line and far from it.
    @Test func treeAgreesWithBruteForce() throws {
        let snapper = try RouteSnapper(route: route, engines: WorkerEngines())
        let frame = try WorkerEngines().proj.transverseMercator(centralMeridian: route.line.centralMeridian)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let p = GeoPoint(lon: Double.random(in: 64...76, using: &generator), lat: Double.random(in: 25...36, using: &generator))
            let xy = try frame.forward(p)
            let brute = (0..<route.line.segmentCount).min { a, b in
                RouteSnapper.project(xy, route.line.planar[a], route.line.planar[a + 1]).1 < RouteSnapper.project(xy, route.line.planar[b], route.line.planar[b + 1]).1
            }!
            let got = try snapper.snap(p).segment
            let dBrute = RouteSnapper.project(xy, route.line.planar[brute], route.line.planar[brute + 1]).1
            let dGot = RouteSnapper.project(xy, route.line.planar[got], route.line.planar[got + 1]).1
            #expect(dGot == dBrute, "\(p)")
        }
    }

    /// A line that doubles back: Quetta → Spezand → Quetta-ish. Near the shared corridor the window
    /// picks the leg the user means.
    @Test func windowHintKeepsTheSnapOnTheRightLegOfAHairpin() throws {
        let stations = """
        seq,name,aliases,line,km_post,chainage_km,lat,lon,position,elevation_m,stops,coord_source,elev_source,notes
        1,A,,L,0,0,30.00,67.00,osm,,yes,,,
        2,B,,L,20,20,30.18,67.00,osm,,yes,,,
        3,C,,L,22,22,30.18,67.02,osm,,yes,,,
        4,D,,L,42,42,30.00,67.02,osm,,yes,,,
        """
        let routeJSON = """
        {"id":"u","name":"U","from":"A","to":"D","calibration":"test","post_rounding_km":0.5,
         "lines":[{"id":"L","name":"Loop line"}],
         "legs":[{"line":"L","from_station":"A","to_station":"D","from_post_km":0,"to_post_km":42}]}
        """
        let hairpin = try RouteBuilder.build(GeoDataFiles(origin: "test", files: ["route.json": routeJSON, "stations.csv": stations]),
                                             engines: WorkerEngines())
        let snapper = try RouteSnapper(route: hairpin, engines: WorkerEngines())
        let p = GeoPoint(lon: 67.0085, lat: 30.09)   // nearer the up leg (lon 67.00) than the down leg (67.02)
        #expect(try snapper.snap(p).chainageKm < 20)
        let down = try snapper.snap(p, window: 22...42)
        #expect(down.chainageKm > 22 && down.chainageKm < 42)
        #expect(abs(down.chainageKm - 32) < 0.3)
    }
}
