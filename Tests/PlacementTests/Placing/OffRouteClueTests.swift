import GeoEngines
import RouteMapTestSupport
import RouteModel
import Testing
@testable import Placement

/// A coordinate far off the line used to be snapped silently: with longitude and latitude swapped,
/// (29.66, 67.63) placed at a 4,590 km offset with a whole-route interval and exit 0.
@Suite struct OffRouteClueTests {
    let route = ShippedRoute.route

    func refusal(_ clue: ClueKind, maxKm: Double = OffsetLimit.defaultKm, others: [Clue] = []) throws -> ClueRefusedError? {
        var options = PlacementOptions()
        options.offsetLimit = OffsetLimit(maxKm: maxKm)
        let placer = try IncidentPlacer(route: route, engines: WorkerEngines(), options: options)
        do {
            _ = try placer.place(Incident(id: "T-1", clues: others + [Clue(clue)]))
            return nil
        } catch let error as ClueRefusedError {
            return error
        }
    }

    @Test func swappedCoordinatesAreRefusedWithTheSwapSuggested() throws {
        let error = try #require(try refusal(.at(lon: 29.66, lat: 67.63, accuracyM: 500), others: [Clue(.tunnel("8"))]))
        #expect(error.incidentID == "T-1" && error.clue == 1, "the index names the clue, whatever else the incident has")
        #expect(error.message.hasPrefix("lon 29.66, lat 67.63 is "))
        #expect(error.message.contains("km from the line, more than the 50 km allowed (--max-offset-km)"))
        // Near Mach (29.87 N 67.33 E), in the Bolan Pass: the swapped point lies on the line's corridor.
        #expect(error.message.contains("; longitude and latitude look swapped: lon 67.63, lat 29.66 is "))
        #expect(error.description.hasPrefix("incident T-1: clues[1] (at "))
    }

    @Test func aFarPointThatIsNotSwappedGetsNoSuggestion() throws {
        // 25.0 N 70.5 E is in the Thar desert, about 180 km south of the line near Rohri; swapped it is in the Arctic.
        let error = try #require(try refusal(.at(lon: 70.5, lat: 25.0, accuracyM: 0)))
        #expect(error.message.contains("from the line, more than the 50 km allowed"))
        #expect(!error.message.contains("swapped"))
    }

    @Test func theLimitIsAnOption() throws {
        #expect(try refusal(.at(lon: 70.5, lat: 25.0, accuracyM: 0), maxKm: 400) == nil)
        // A point 10 km off the line (Sibi is on it) is within the default limit.
        #expect(try refusal(.at(lon: 67.88 + 0.1, lat: 29.55, accuracyM: 0)) == nil)
    }
}
