import GeoJSON
import RouteModel
import TextFormats

extension MapLayers {
    /// The `tunnels` layer: one LineString per tunnel along the line over its chainage interval, id =
    /// the tunnel id. For `between-stations` and `uncertain` tunnels the line covers the whole interval
    /// the tunnel may lie in, not the tunnel's length; `certainty` says which.
    ///
    /// Properties: `id`, `number`, `name`, `from_chainage_km`, `to_chainage_km`, `interval_km`,
    /// `from_station`, `to_station`, `certainty`, `basis`, `source`, then style (black, thick;
    /// fainter the less certain).
    public static func tunnels(_ route: Route) -> FeatureCollection {
        collection(.tunnels, route.tunnels.map { t in
            var properties: JSONObject = [
                "id": .string(t.id),
                "number": t.number.json,
                "name": .string(t.name),
                "from_chainage_km": .number(t.fromKm),
                "to_chainage_km": .number(t.toKm),
                "interval_km": .number((t.toKm - t.fromKm).rounded(to: 3)),
                "from_station": t.fromStation.json,
                "to_station": t.toStation.json,
                "certainty": .string(t.certainty.rawValue),
                "basis": .string(t.basis),
                "source": .string(t.source),
            ]
            switch t.certainty {
            case .known:
                SimpleStyle.stroke(SimpleStyle.Colour.tunnel, width: 7, opacity: 1, into: &properties)
            case .betweenStations, .uncertain:
                // A wide faint band: the stretch the tunnel may lie in, not a tunnel that long.
                SimpleStyle.stroke(SimpleStyle.Colour.tunnelBand, width: 12, opacity: t.certainty == .betweenStations ? 0.4 : 0.3, into: &properties)
            }
            let legend = switch t.certainty {
            case .known: "tunnel"
            case .betweenStations: "tunnel between two stations (band: where it may lie)"
            case .uncertain: "tunnel, position uncertain (band: where it may lie)"
            }
            let extent = t.certainty == .known ? "" : " (the tunnel lies somewhere in this stretch; the band is not its length)"
            SimpleStyle.label(t.name, "chainage \(Format.number(t.fromKm)) – \(Format.number(t.toKm)) km (\(t.certainty.rawValue))\(extent): \(t.basis)",
                              legend: legend, into: &properties)
            return Feature(id: .string(t.id), geometry: LayerGeometry.line(route.line.subline(fromKm: t.fromKm, toKm: t.toKm)),
                           properties: properties)
        })
    }
}
