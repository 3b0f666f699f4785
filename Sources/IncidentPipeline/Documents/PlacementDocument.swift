import GeoJSON
import Placement
import RouteModel
import TextFormats

extension Placement {
    /// The placement as a JSON document: what `place --format json` prints and what every batch folder's
    /// `place.json` holds (so it is a library format, not command-line presentation). Its keys are a
    /// contract: the contract's keys `id`, `chainage_km`, `interval_km`,
    /// `uncertainty_km`, `point` ([lon, lat]), `line`, `km_post`, `between`, `tunnel`, `terrain`,
    /// `elevation_m`, `conflicts` ([{clue, reason}], clue 0-based) and `warnings`, followed by the
    /// details: stations with along-track km, gradient, every clue's reading, the tolerance and basis,
    /// and an `accuracy` statement.
    public var jsonObject: JSONObject {
        typealias N = JSONNumbers
        let p = position
        var o = JSONObject()
        o["id"] = .string(incident.id)
        o["chainage_km"] = N.rounded(chainageKm, 3)
        o["interval_km"] = N.range(interval, 3)
        o["uncertainty_km"] = N.rounded(uncertaintyKm, 3)
        o["point"] = .array([N.rounded(p.point.lon, 6), N.rounded(p.point.lat, 6)])
        o["line"] = .string(p.line)
        o["km_post"] = N.rounded(p.kmPost, 3)
        o["between"] = .array([.string(stationBefore.name), .string(stationAfter.name)])
        o["tunnel"] = p.tunnels.isEmpty ? .null : .string(p.tunnels.map { "\($0.name) (\($0.id), \($0.certainty.rawValue))" }.joined(separator: "; "))
        o["terrain"] = p.terrain.map { .string($0.name) } ?? .null
        o["elevation_m"] = N.rounded(p.elevationM, 1)
        o["conflicts"] = .array(conflicts.map { .object(["clue": .number(Double($0.clue)), "reason": .string($0.reason)]) })
        o["warnings"] = .array(warnings.map(JSONValue.string))

        o["title"] = .string(incident.title)
        o["time"] = .string(incident.time)
        o["chainage_basis"] = .string(chainageBasis)
        o["interval_pieces_km"] = N.pieces(chainages)
        o["tolerance_km"] = N.range(tolerance, 3)
        o["stations"] = .array([(stationBefore, "before"), (stationAfter, "after")].map { s, side in
            .object(["name": .string(s.name), "side": .string(side), "chainage_km": N.rounded(s.chainageKm, 3),
                     "along_track_km": N.rounded(s.alongTrackKm, 3)])
        })
        o["tunnels"] = .array(p.tunnels.map { t in
            .object(["id": .string(t.id), "name": .string(t.name), "interval_km": N.range(t.fromKm...t.toKm, 3),
                     "certainty": .string(t.certainty.rawValue)])
        })
        o["terrain_kind"] = p.terrain.map { .string($0.kind) } ?? .null
        o["mountainous"] = .bool(p.mountainous)
        o["gradient_per_mille"] = N.rounded(p.gradientPerMille, 2)
        o["ruling_gradient"] = p.rulingGradient.map { .string($0.summary) } ?? .null
        o["clues_used"] = .array(used.map { clueJSON(readings[$0], status: "used") })
        o["clues_rejected"] = .array(rejected.map { i in
            let r = readings[i]
            let status = r.chainages == nil ? "unreadable" : (conflicts.contains { $0.clue == i } ? "conflict" : "weight 0")
            return clueJSON(r, status: status)
        })
        o["accuracy"] = .string(Placement.accuracyNote)
        return o
    }

    /// One clue's reading: index, kind, summary, the chainages it allows, how they were obtained.
    private func clueJSON(_ r: ClueReading, status: String) -> JSONValue {
        var o = JSONObject()
        o["clue"] = .number(Double(r.index))
        o["kind"] = .string(r.clue.kindName)
        o["summary"] = .string(r.clue.summary)
        o["status"] = .string(status)
        o["weight"] = .number(r.clue.weight)
        o["interval_km"] = r.chainages.flatMap(\.hull).map { JSONNumbers.range($0, 3) } ?? .null
        o["pieces_km"] = r.chainages.map(JSONNumbers.pieces) ?? .null
        o["basis"] = .string(r.basis)
        o["source"] = r.clue.source.map(JSONValue.string) ?? .null
        return .object(o)
    }
}
