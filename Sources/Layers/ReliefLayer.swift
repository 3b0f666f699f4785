import GeoJSON
import RouteModel
import TextFormats

extension MapLayers {
    /// The `relief` layer: one Point per relief point (where help comes from or casualties go), id =
    /// the relief point's id. Several hospitals share their town's coordinate (`precision` = `town`).
    ///
    /// Properties: `id`, `name`, `kind` (rail_station, hospital, staging_area, town), `precision`
    /// (station, site, town), `station`, `role`, `source`, then style (blue rail stations, green
    /// hospitals, teal staging areas, indigo towns).
    public static func relief(_ route: Route) -> FeatureCollection {
        collection(.relief, route.reliefPoints.map { r in
            var properties: JSONObject = [
                "id": .string(r.id),
                "name": .string(r.name),
                "kind": .string(r.kind.rawValue),
                "precision": .string(r.precision.rawValue),
                "station": r.station.json,
                "role": .string(r.role),
                "source": .string(r.source),
            ]
            let style = reliefStyle(r.kind)
            SimpleStyle.marker(style.colour, symbol: style.symbol, into: &properties)
            SimpleStyle.label(r.name, "\(r.kind.rawValue.replacingOccurrences(of: "_", with: " ")) (coordinate: \(r.precision.rawValue)): \(r.role)", legend: "relief: \(r.kind.rawValue.replacingOccurrences(of: "_", with: " "))",
                              into: &properties)
            return Feature(id: .string(r.id), geometry: .point(LayerGeometry.position(r.position)), properties: properties)
        })
    }

    static func reliefStyle(_ kind: ReliefKind) -> (colour: String, symbol: String) {
        switch kind {
        case .railStation: (SimpleStyle.Colour.reliefStation, "rail")
        case .hospital: (SimpleStyle.Colour.reliefHospital, "hospital")
        case .stagingArea: (SimpleStyle.Colour.reliefStaging, "triangle")
        case .town: (SimpleStyle.Colour.reliefTown, "town")
        }
    }
}
