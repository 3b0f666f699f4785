import RouteMapTestSupport
import Testing
@testable import RouteModel

@Suite struct PositionErrorsFileTests {
    private func load(_ text: String?) throws -> RouteData {
        try GeoDataLoader.load(shippedFiles(replacing: ["position_errors.csv": text]))
    }

    @Test func statedErrorsReachTheirStations() throws {
        let data = try load("station,position_error_km,basis,source\nPeshi,1.25,measured somehow,test\n")
        let peshi = try #require(data.stations.first { $0.station.name == "Peshi" }?.station)
        #expect(peshi.positionErrorKm == 1.25 && peshi.positionErrorBasis == "measured somehow")
        #expect(data.stations.filter { $0.station.positionErrorKm != nil }.count == 1)
    }

    @Test func theFileIsOptional() throws {
        #expect(try load(nil).stations.allSatisfy { $0.station.positionErrorKm == nil })
    }

    @Test(arguments: [
        ("Nowhere,1,b,s", "position_errors.csv:2 field 'station': 'Nowhere' is not a station name"),
        ("Peshi,-1,b,s", "position_errors.csv:2 field 'position_error_km'"),
        ("Peshi,1,,s", "position_errors.csv:2 field 'basis'"),
    ])
    func badRowsNameTheirLineAndField(row: String, expected: String) {
        #expect(throws: InputFileError.self) { try load("station,position_error_km,basis,source\n" + row + "\n") }
        do { _ = try load("station,position_error_km,basis,source\n" + row + "\n") } catch {
            #expect("\(error)".hasPrefix(expected), "\(error)")
        }
    }

    /// Every station without a published coordinate states how far off its drawn point may be, at least
    /// the post rounding; Chanigot and Kulab, where the drawing cuts a corner of the track, kilometres.
    @Test func everyEstimatedShippedStationStatesItsError() throws {
        let route = ShippedRoute.route
        for s in route.stations where s.positionSource == .estimated {
            let error = try #require(s.positionErrorKm, "\(s.name)")
            #expect(error >= route.postRoundingKm && s.positionErrorBasis?.contains("lower bound") == true, "\(s.name)")
        }
        #expect(route.station(named: "Chanigot")!.positionErrorKm! > 5 && route.station(named: "Kulab")!.positionErrorKm! > 3)
    }
}
