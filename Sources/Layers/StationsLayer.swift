import GeoJSON
import RouteModel
import TextFormats

extension MapLayers {
    /// The `stations` layer: one Point per station in route order, id = `seq`.
    ///
    /// Properties: `seq`, `name`, `aliases` (joined with "; ", empty when none), `line`, `km_post`,
    /// `chainage_km`, `elevation_m` (null when no source gives it), `stop`, `position_source`,
    /// `position_error_km` (null when the data states none), `elevation_source` (`station`: a sourced
    /// station height; null with no elevation), `label_priority` (stops 2, junctions 1, others 0), then style.
    public static func stations(_ route: Route) -> FeatureCollection {
        collection(.stations, route.stations.map { s in
            var properties: JSONObject = [
                "seq": .number(Double(s.seq)),
                "name": .string(s.name),
                "aliases": .string(s.aliases.joined(separator: "; ")),
                "line": .string(s.line),
                "km_post": .number(s.kmPost),
                "chainage_km": .number(s.chainageKm),
                "elevation_m": s.elevationM.json,
                "stop": .string(s.stops.rawValue),
                "position_source": .string(s.positionSource.rawValue),
                "position_error_km": s.positionErrorKm.json,
                "elevation_source": s.elevationM == nil ? .null : "station",
            ]
            let estimated = s.positionSource == .estimated
            // Stops first, then junctions, then the rest.
            SimpleStyle.labelPriority(s.stops == .yes ? 2 : s.name.contains("Junction") ? 1 : 0, into: &properties)
            SimpleStyle.marker(estimated ? SimpleStyle.Colour.stationEstimated : SimpleStyle.Colour.station,
                               symbol: "rail", size: "small", into: &properties)
            var description = "\(s.line) km \(Format.number(s.kmPost)), chainage \(Format.number(s.chainageKm)) km"
            description += "; elevation " + (s.elevationM.map { "\(Format.number($0)) m" } ?? "unknown")
            description += "; stop: \(s.stops.rawValue); position: \(s.positionSource.rawValue)"
            if estimated { description += " (no published coordinate: placed on the drawn line at its km post)" }
            if let error = s.positionErrorKm { description += "; may be \(Format.number(error)) km or more off" }
            SimpleStyle.label(s.name, description, legend: estimated ? "station (position estimated)" : "station", into: &properties)
            return Feature(id: .number(Double(s.seq)), geometry: .point(LayerGeometry.position(s.position)), properties: properties)
        })
    }
}
