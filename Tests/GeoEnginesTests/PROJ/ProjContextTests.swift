import Testing
@testable import GeoEngines

@Suite struct ProjContextTests {
    @Test func transverseMercatorMatchesPyproj() throws {
        let proj = ProjContext()
        let tm = try proj.transverseMercator(centralMeridian: 70.5)
        for row in try FixtureTable("tmerc_70_5").rows {
            let p = GeoPoint(lon: FixtureTable.number(row, "lon"), lat: FixtureTable.number(row, "lat"))
            let xy = try tm.forward(p)
            #expect(abs(xy.x - FixtureTable.number(row, "x")) < 0.001)
            #expect(abs(xy.y - FixtureTable.number(row, "y")) < 0.001)
            let back = try tm.inverse(xy)
            #expect(abs(back.lon - p.lon) < 1e-9 && abs(back.lat - p.lat) < 1e-9)
        }
    }

    /// engineering-notes: cs2cs EPSG:4326 → EPSG:32642 on 30.19 N 67.01 E gives 308416.60 3341512.69.
    @Test func utmZone42MatchesCs2cs() throws {
        let utm = try ProjContext().transformer(from: "EPSG:4326", to: "EPSG:32642")
        let xy = try utm.forward(GeoPoint(lon: 67.01, lat: 30.19))
        #expect(abs(xy.x - 308_416.60) < 0.01)
        #expect(abs(xy.y - 3_341_512.69) < 0.01)
    }

    @Test func batchTransformAgreesWithSinglePoints() throws {
        let tm = try ProjContext().transverseMercator(centralMeridian: 70.5)
        var xs = [67.0, 70.5, 73.3], ys = [30.2, 31.0, 33.6]
        let expected = try zip(xs, ys).map { try tm.forward(GeoPoint(lon: $0, lat: $1)) }
        tm.forwardInPlace(xs: &xs, ys: &ys)
        for (i, e) in expected.enumerated() {
            #expect(xs[i] == e.x && ys[i] == e.y)
        }
    }

    @Test func unknownCRSIsAnErrorWithPROJsMessage() {
        let proj = ProjContext()
        do {
            _ = try proj.transformer(from: "EPSG:4326", to: "EPSG:999999")
            Issue.record("expected an error")
        } catch let error as ProjError {
            #expect(error.description.contains("EPSG:999999"))
            #expect(error.message != nil)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func transformersAreCachedPerContext() throws {
        let proj = ProjContext()
        let a = try proj.transverseMercator(centralMeridian: 70.5)
        let b = try proj.transverseMercator(centralMeridian: 70.5)
        #expect(a === b)
    }
}

@Suite struct AzimuthalEquidistantTests {
    /// In an azimuthal equidistant projection, planar distance from the centre equals the geodesic
    /// distance (checked against GeographicLib's direct problem).
    @Test func distancesFromTheCentreAreTrue() throws {
        let proj = ProjContext()
        let centre = GeoPoint(lon: 67.695, lat: 29.594)
        let aeqd = try proj.azimuthalEquidistant(centredOn: centre)
        let origin = try aeqd.forward(centre)
        #expect(abs(origin.x) < 1e-6 && abs(origin.y) < 1e-6)
        for azimuth in stride(from: 0.0, to: 360, by: 45) {
            let p = Geodesic.wgs84.direct(from: centre, azimuth: azimuth, distance: 10_000)
            let xy = try aeqd.forward(p)
            #expect(abs((xy.x * xy.x + xy.y * xy.y).squareRoot() - 10_000) < 0.001)
            let back = try aeqd.inverse(xy)
            #expect(abs(back.lon - p.lon) < 1e-9 && abs(back.lat - p.lat) < 1e-9)
        }
    }

    @Test func theTransformerCacheIsBounded() throws {
        let proj = ProjContext()
        for i in 0..<100 { _ = try proj.azimuthalEquidistant(centredOn: GeoPoint(lon: 67 + Double(i) / 100, lat: 29.5)) }
        #expect(proj.cachedTransformerCount <= 32)
        #expect(throws: ProjError.self) { _ = try proj.pipeline("+proj=nonsense") }
    }
}
