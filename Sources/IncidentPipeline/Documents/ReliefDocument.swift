import GeoJSON
import Placement
import RouteModel
import TextFormats

extension ReliefReport {
    /// The relief distances as a JSON document (what `distances --format json` prints): `incident` (the `place` object) and `relief`, sorted by along-track
    /// km, each with the contract's `name`, `kind`, `distance_m`, `azimuth_deg`, `access_chainage_km`,
    /// `along_track_km`, `eta_rail_min`, `eta_air_min`, then ranges over the incident's interval,
    /// ranks, the access point's offset from the line and caveats; `basis` says how ETAs are obtained;
    /// `warnings` says when the nearest relief point is far along the track.
    public var jsonObject: JSONObject {
        typealias N = JSONNumbers
        var o = JSONObject()
        o["incident"] = .object(placement.jsonObject)
        o["relief"] = .array(entries.map { e in
            var r = JSONObject()
            r["name"] = .string(e.point.name)
            r["kind"] = .string(e.point.kind.rawValue)
            r["distance_m"] = N.rounded(e.distanceM, 1)
            r["azimuth_deg"] = N.rounded(e.azimuthDeg, 2)
            r["access_chainage_km"] = N.rounded(e.access.chainageKm, 3)
            r["along_track_km"] = N.rounded(e.alongTrackKm, 3)
            r["eta_rail_min"] = N.rounded(e.railMinutes, 1)
            r["eta_air_min"] = N.rounded(e.airMinutes, 1)
            r["id"] = .string(e.point.id)
            r["precision"] = .string(e.point.precision.rawValue)
            r["access_offset_m"] = N.rounded(e.access.offsetM, 1)
            r["distance_range_m"] = N.range(e.distanceRangeM, 1)
            r["along_track_range_km"] = N.range(e.alongTrackRangeKm, 3)
            r["eta_rail_range_min"] = e.railMinutesRange.map { N.range($0, 1) } ?? .null
            r["eta_air_range_min"] = e.airMinutesRange.map { N.range($0, 1) } ?? .null
            r["rank"] = .object(["distance": .number(Double(e.ranks.distance)), "along_track": .number(Double(e.ranks.alongTrack)),
                                 "rail": e.ranks.rail.map { .number(Double($0)) } ?? .null,
                                 "air": e.ranks.air.map { .number(Double($0)) } ?? .null])
            r["notes"] = .array(e.notes.map(JSONValue.string))
            return .object(r)
        })
        o["basis"] = .array(basis.map(JSONValue.string))
        o["warnings"] = .array(warnings.map(JSONValue.string))
        return o
    }
}
