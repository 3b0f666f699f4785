import Foundation
import Testing

@Suite struct DistanceCommandTests {
    /// Reference: pyproj Geod(ellps="WGS84").inv(67.01, 30.19, 71.56, 34.0) = 602,319.4525 m, azimuth
    /// 44.28207° (engineering-notes.md).
    @Test func distanceMatchesGeographicLib() throws {
        let r = try RoutemapBinary.run(["distance", "--from", "67.01,30.19", "--to", "71.56,34.0", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try r.json()
        #expect(abs((json["distance_m"] as? Double ?? 0) - 602_319.4525458862) < 0.001)
        #expect(abs((json["azimuth_deg"] as? Double ?? 0) - 44.28207) < 1e-5)
        let back = try #require(json["back_azimuth_deg"] as? Double)
        #expect(back > 180 && back < 360)
    }

    @Test func malformedPointsNameTheArgument() throws {
        let r = try RoutemapBinary.run(["distance", "--from", "67.01", "--to", "71.56,34.0"])
        #expect(r.status == 2 && r.stdout.isEmpty && r.stderr.contains("--from"))
        let lat = try RoutemapBinary.run(["distance", "--from", "67,95", "--to", "71.56,34.0"])
        #expect(lat.status == 2 && lat.stderr.contains("latitude 95.0 is outside [-90, 90]"))
    }
}

@Suite struct DistanceNegativeValueTests {
    /// Reference: pyproj 3.7 Geod(ellps="WGS84").inv(-0.1276, 51.5072, 2.3522, 48.8566) = 343,896.891 m,
    /// azimuth 148.04609° (London → Paris).
    @Test func negativeLongitudesParse() throws {
        let r = try RoutemapBinary.run(["distance", "--from", "-0.1276,51.5072", "--to", "2.3522,48.8566", "-f", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try r.json()
        #expect(abs((json["distance_m"] as? Double ?? 0) - 343_896.891) < 0.001)
        #expect(abs((json["azimuth_deg"] as? Double ?? 0) - 148.04609) < 1e-5)
    }
}
