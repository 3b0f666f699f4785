import GeoEngines
import GeoJSON
import RouteModel
import TextFormats

extension MapLayers {
    /// The `distances` layer: one LineString per relief point, from the incident's best point to the
    /// relief point along the WGS84 geodesic, with a vertex at least every `maxSpacingM` metres (default
    /// 5 km) so that it curves correctly on Web Mercator maps, but no more than `maxSegments` pieces
    /// (default 64: past 320 km the spacing grows, which keeps batch folders small while the curve stays
    /// smooth at any zoom that shows the whole line). Coloured like the relief point, thin and
    /// translucent so it reads as a measuring line. Nearest along the track first.
    ///
    /// Properties: `relief_id`, `name`, `kind`, `precision`, `distance_km` (geodesic), `azimuth_deg`
    /// (from the incident), `along_track_km`, `access_chainage_km`, `rail_eta_min`, `air_eta_min`
    /// (null when unknown), `eta_rail_min`, `eta_air_min` (the same minutes under the names the CLI's JSON
    /// uses), `notes`, then style.
    public static func distances(_ incident: IncidentLayerInput, maxSpacingM: Double = 5_000, maxSegments: Int = 64) -> FeatureCollection {
        let entries = incident.relief.sorted { ($0.alongTrackKm, $0.distanceM) < ($1.alongTrackKm, $1.distanceM) }
        return collection(.distances, entries.map { entry in
            let r = entry.point
            var properties: JSONObject = [
                "relief_id": .string(r.id),
                "name": .string(r.name),
                "kind": .string(r.kind.rawValue),
                "precision": .string(r.precision.rawValue),
                "distance_km": .number((entry.distanceM / 1000).rounded(to: 3)),
                "azimuth_deg": .number(entry.azimuthDeg.rounded(to: 1)),
                "along_track_km": .number(entry.alongTrackKm.rounded(to: 3)),
                "access_chainage_km": .number(entry.accessChainageKm.rounded(to: 3)),
                "rail_eta_min": entry.railMinutes.map { .number($0.rounded(to: 0)) } ?? .null,
                "air_eta_min": entry.airMinutes.map { .number($0.rounded(to: 0)) } ?? .null,
                // The names `distances --format json` uses (README: one vocabulary); the two above are kept as aliases.
                "eta_rail_min": entry.railMinutes.map { .number($0.rounded(to: 0)) } ?? .null,
                "eta_air_min": entry.airMinutes.map { .number($0.rounded(to: 0)) } ?? .null,
                "notes": .string(entry.notes.joined(separator: "; ")),
            ]
            SimpleStyle.stroke(reliefStyle(r.kind).colour, width: 1.5, opacity: 0.6, into: &properties)
            var description = "\(Format.number(entry.distanceM / 1000)) km straight (geodesic) on bearing \(Format.number(entry.azimuthDeg, digits: 0))°; \(Format.number(entry.alongTrackKm)) km along the track"
            if let rail = entry.railMinutes { description += "; rail ≈ \(Format.number(rail, digits: 0)) min" }
            if let air = entry.airMinutes { description += "; air ≈ \(Format.number(air, digits: 0)) min" }
            if !entry.notes.isEmpty { description += " (" + entry.notes.joined(separator: "; ") + ")" }
            SimpleStyle.label("\(r.name): \(Format.number(entry.distanceM / 1000)) km", description,
                              legend: "distance line to a \(r.kind.rawValue.replacingOccurrences(of: "_", with: " "))", into: &properties)
            let line = Geodesic.wgs84.densify(incident.point, r.position, maxSpacing: max(maxSpacingM, entry.distanceM / Double(maxSegments)))
            return Feature(id: .string("\(incident.id)-to-\(r.id)"), geometry: LayerGeometry.line(line), properties: properties)
        })
    }
}
