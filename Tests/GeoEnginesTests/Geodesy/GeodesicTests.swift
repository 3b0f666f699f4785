import Testing
@testable import GeoEngines

/// Geodesics against pyproj's values (Fixtures/geodesic_*.csv): ±1 mm in distance, ±1e-6° in angles.
@Suite struct GeodesicTests {
    let geodesic = Geodesic.wgs84

    @Test func inverseMatchesPyproj() throws {
        let table = try FixtureTable("geodesic_inverse")
        #expect(table.rows.count > 40)
        for row in table.rows {
            let a = GeoPoint(lon: FixtureTable.number(row, "lon1"), lat: FixtureTable.number(row, "lat1"))
            let b = GeoPoint(lon: FixtureTable.number(row, "lon2"), lat: FixtureTable.number(row, "lat2"))
            let r = geodesic.inverse(a, b)
            let name = row["name"]!
            #expect(abs(r.distance - FixtureTable.number(row, "distance_m")) < 0.001, "\(name)")
            if r.distance > 0 {
                #expect(angleDifference(r.initialAzimuth, FixtureTable.number(row, "azi1_deg")) < 1e-6, "\(name)")
                // pyproj reports the back azimuth at point 2.
                #expect(angleDifference(r.backAzimuthDegrees, FixtureTable.number(row, "azi2_deg")) < 1e-6, "\(name)")
            }
        }
    }

    @Test func directMatchesPyproj() throws {
        for row in try FixtureTable("geodesic_direct").rows {
            let start = GeoPoint(lon: FixtureTable.number(row, "lon1"), lat: FixtureTable.number(row, "lat1"))
            let end = geodesic.direct(from: start, azimuth: FixtureTable.number(row, "azimuth_deg"),
                                      distance: FixtureTable.number(row, "distance_m"))
            #expect(abs(end.lon - FixtureTable.number(row, "lon2")) < 1e-6)
            #expect(abs(end.lat - FixtureTable.number(row, "lat2")) < 1e-6)
        }
    }

    @Test func intermediatePointsLieOnTheGeodesic() throws {
        for row in try FixtureTable("geodesic_midpoints").rows {
            let a = GeoPoint(lon: FixtureTable.number(row, "lon1"), lat: FixtureTable.number(row, "lat1"))
            let b = GeoPoint(lon: FixtureTable.number(row, "lon2"), lat: FixtureTable.number(row, "lat2"))
            let p = geodesic.intermediate(a, b, fraction: FixtureTable.number(row, "fraction"))
            #expect(abs(p.lon - FixtureTable.number(row, "lon")) < 1e-6)
            #expect(abs(p.lat - FixtureTable.number(row, "lat")) < 1e-6)
        }
    }

    /// The published figure for Quetta–Peshawar in engineering-notes (GeographicLib via pyproj): 602,319.45 m
    /// for (30.19, 67.01) → (34.0, 71.56).
    @Test func publishedQuettaPeshawarDistance() {
        let d = geodesic.distance(GeoPoint(lon: 67.01, lat: 30.19), GeoPoint(lon: 71.56, lat: 34.0))
        #expect(abs(d - 602_319.4525458862) < 0.001)
    }

    @Test func densifiedPointsAreEvenlySpacedAndBounded() {
        let a = GeoPoint(lon: 67.0, lat: 30.2), b = GeoPoint(lon: 71.5, lat: 34.0)
        let points = geodesic.densify(a, b, maxSpacing: 50_000)
        let total = geodesic.distance(a, b)
        #expect(points.first == a && points.last == b)
        let steps = zip(points, points.dropFirst()).map { geodesic.distance($0, $1) }
        #expect(steps.allSatisfy { $0 <= 50_000 + 0.001 })
        #expect(abs(steps.reduce(0, +) - total) < 0.01)
    }

    @Test func azimuthsAreNormalised() {
        let r = geodesic.inverse(GeoPoint(lon: 67.0, lat: 30.0), GeoPoint(lon: 66.0, lat: 30.0))
        #expect(r.azimuthDegrees > 180 && r.azimuthDegrees < 360)
        #expect(r.backAzimuthDegrees >= 0 && r.backAzimuthDegrees < 180)
    }

    @Test func pointValidationNamesTheBadValue() {
        #expect(throws: GeoPointError.latitudeOutOfRange(91)) { try GeoPoint.validated(lon: 67, lat: 91) }
        #expect(throws: GeoPointError.longitudeOutOfRange(-181)) { try GeoPoint.validated(lon: -181, lat: 0) }
        #expect(throws: GeoPointError.self) { try GeoPoint.validated(lon: .nan, lat: 0) }
    }
}

@Suite struct GeodesicBatchTests {
    @Test func batchDistancesMatchPyprojOnEveryThreadCount() throws {
        let rows = try FixtureTable("geodesic_inverse").rows
        let records = rows.flatMap { row in ["lon1", "lat1", "lon2", "lat2"].map { FixtureTable.number(row, $0) } }
        for jobs in [1, 2, 3] {
            let d = Geodesic.wgs84.distances(records: records, jobs: jobs)
            #expect(d.count == rows.count)
            for (got, row) in zip(d, rows) { #expect(abs(got - FixtureTable.number(row, "distance_m")) < 0.001) }
        }
    }
}
