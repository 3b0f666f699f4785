import Testing
@testable import Placement

@Suite struct ClueCommandLineTests {
    @Test func everyFormInTheBrief() throws {
        #expect(try Clue(commandLine: "between=Nuttall,Dera Murad Jamali").kind == .between("Nuttall", "Dera Murad Jamali"))
        #expect(try Clue(commandLine: "km_post=ML-3:130").kind == .kmPost(post: 130, line: "ML-3"))
        #expect(try Clue(commandLine: "tunnel=8").kind == .tunnel("8"))
        #expect(try Clue(commandLine: "near=Sibi:1").kind == .near(place: "Sibi", withinKm: 1))
        #expect(try Clue(commandLine: "near=Sibi").kind == .near(place: "Sibi", withinKm: nil))
        #expect(try Clue(commandLine: "chainage_km=120.5").kind == .chainage(km: 120.5))
        #expect(try Clue(commandLine: "at=67.66,29.61:500").kind == .at(lon: 67.66, lat: 29.61, accuracyM: 500))
        #expect(try Clue(commandLine: "area=Dhadar").kind == .area("Dhadar"))
        #expect(try Clue(commandLine: "distance_from=Quetta:157:road").kind == .distanceFrom(place: "Quetta", km: 157, by: .road))
        let clue = try Clue(commandLine: "near=Sibi")
        #expect(clue.weight == 1 && clue.source == nil)
    }

    @Test func errorsNameTheClueAndWhatWasExpected() {
        func message(_ text: String) -> String? {
            do { _ = try Clue(commandLine: text); return nil } catch { return error.description }
        }
        #expect(message("km_post=ML-3:abc") == "--clue 'km_post=ML-3:abc': the km post must be a number, not 'abc'")
        #expect(message("km_post=130")?.contains("expected line:post") == true)
        #expect(message("distance_from=Quetta:157")?.contains("place:km:by") == true)
        #expect(message("distance_from=Quetta:157:car")?.contains("by must be rail, road or straight, not 'car'") == true)
        #expect(message("between=Sibi")?.contains("two places") == true)
        #expect(message("nearby=Sibi")?.contains("unknown clue kind 'nearby'") == true)
        #expect(message("Sibi")?.contains("kind=value") == true)
        #expect(message("at=67.66:500")?.contains("lon,lat") == true)
        #expect(message("tunnel=")?.contains("the tunnel is empty") == true)
    }

    /// `near=Sibi:-3` used to crash ("Range requires lowerBound <= upperBound").
    @Test func negativeAndOutOfRangeNumbersAreRefused() {
        func message(_ text: String) -> String? {
            do { _ = try Clue(commandLine: text); return nil } catch { return error.description }
        }
        #expect(message("near=Sibi:-3") == "--clue 'near=Sibi:-3': within km must be ≥ 0, not '-3'")
        #expect(message("chainage_km=-1")?.contains("chainage_km must be ≥ 0") == true)
        #expect(message("km_post=ML-3:-130")?.contains("the km post must be ≥ 0") == true)
        #expect(message("distance_from=Quetta:-5:rail")?.contains("km must be ≥ 0") == true)
        #expect(message("at=67.6,29.6:-1")?.contains("accuracy_m must be ≥ 0") == true)
        #expect(message("at=181,29.6")?.contains("longitude 181 is outside the valid range -180 … 180") == true)
        #expect(message("at=67.6,91")?.contains("latitude 91 is outside the valid range -90 … 90") == true)
        #expect(message("near=Sibi:nan")?.contains("must be a number") == true)
        #expect(message("chainage_km=1e309")?.contains("must be a number") == true)
    }

    @Test func outerSignalMeansAboutOneKilometre() {
        #expect(Clue.nearRadiusKm(place: "Sibi outer signal", note: nil) == 1)
        #expect(Clue.nearRadiusKm(place: "Sibi", note: "blast at the Outer-Signal of Sibi") == 1)
        #expect(Clue.nearRadiusKm(place: "Sibi", note: nil) == 2)
    }
}
