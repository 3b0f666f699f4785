import Testing
import GeoEngines
import RouteModel
@testable import Placement

@Suite struct ScratchTests {
    @Test func shipped() throws {
        let placer = try IncidentPlacer(route: ShippedRoute.route, engines: WorkerEngines())
        let clues: [Clue] = [
            Clue(.tunnel("8")), Clue(.between("Pehro Kunri", "Gudalar")), Clue(.near(place: "Pehro Kunri", withinKm: 10)),
            Clue(.near(place: "Mushkaf", withinKm: 10)), Clue(.area("Dhadar")), Clue(.area("Bolan Pass")),
            Clue(.near(place: "Mushkaf", withinKm: 10), weight: 0.8), Clue(.near(place: "Panir", withinKm: 10), weight: 0.6),
            Clue(.distanceFrom(place: "Quetta", km: 157, by: .road), weight: 0.5),
            Clue(.distanceFrom(place: "Quetta", km: 140, by: .road), weight: 0.3),
            Clue(.near(place: "Ab-I-Gum", withinKm: 10), weight: 0.2), Clue(.near(place: "Sibi", withinKm: 15), weight: 0.3),
        ]
        let p = try placer.place(Incident(id: "x", clues: clues))
        for r in p.readings { print(r.index, r.clue.summary, r.chainages?.description ?? "-", r.basis) }
        print(p.chainages, p.chainageKm, p.tolerance, p.uncertaintyKm, p.used)
        for c in p.conflicts { print("CONFLICT", c.clue, c.reason) }
        for w in p.warnings { print("WARN", w) }
        let g = Geodesic.wgs84
        let q = ShippedRoute.route.stations[0].position
        for s in ShippedRoute.route.stations.prefix(15) { print(s.name, s.chainageKm, g.distance(q, s.position)/1000) }
    }
}
