import GeoEngines
import GeoJSON
import RouteModel
import TextFormats

extension MapLayers {
    /// The `incident` layer, drawn bottom to top, told apart by `feature_type`:
    /// - `cordon`: a Polygon for each radius (largest first; default 10, 5 and 1 km) around the best point,
    ///   built as a metric buffer (GEOS) in an azimuthal equidistant projection centred on the point (PROJ)
    ///   and projected back, so every vertex is the radius away on the ellipsoid. Red, more opaque inside.
    /// - `uncertainty`: a LineString along the line over the interval where the clues agree.
    /// - `incident`: a Point at the best chainage.
    /// - `reported_point`: a Point at each coordinate a reporter gave (`at` clue), where they said it
    ///   was rather than where it snaps to the line.
    ///
    /// Properties: `feature_type`, `incident_id`, `incident_title`, `time`, `chainage_km`, `line`,
    /// `km_post`, `from_chainage_km`, `to_chainage_km`, `uncertainty_km`, `radius_km` (cordons; null
    /// otherwise), `basis`, `conflicts` (clues set aside, "clue N (summary): reason" joined by "; ",
    /// empty when none), `clue`, `accuracy_m`, `offset_m`, `used` (reported points; null otherwise),
    /// then style.
    public static func incident(_ incident: IncidentLayerInput, route: Route, cordonRadiiKm: [Double] = [1, 5, 10],
                                engines: WorkerEngines) throws -> FeatureCollection {
        func properties(_ type: String, radiusKm: Double?, reported: IncidentLayerInput.ReportedPoint? = nil) -> JSONObject {
            [
                "feature_type": .string(type),
                "incident_id": .string(incident.id),
                "incident_title": .string(incident.title),
                "time": incident.time.json,
                "chainage_km": .number(incident.chainageKm.rounded(to: 3)),
                "line": .string(incident.line),
                "km_post": .number(incident.kmPost.rounded(to: 3)),
                "from_chainage_km": .number(incident.interval.lowerBound.rounded(to: 3)),
                "to_chainage_km": .number(incident.interval.upperBound.rounded(to: 3)),
                "uncertainty_km": .number(incident.uncertaintyKm.rounded(to: 3)),
                "radius_km": radiusKm.json,
                "basis": .string(incident.basis),
                "conflicts": .string(incident.conflicts.joined(separator: "; ")),
                "clue": reported.map { .number(Double($0.clue)) } ?? .null,
                "accuracy_m": reported.map { .number($0.accuracyM.rounded(to: 1)) } ?? .null,
                "offset_m": reported?.offsetM.map { .number($0.rounded(to: 1)) } ?? .null,
                "used": reported.map { .bool($0.used) } ?? .null,
                // Only the incident point carries a label worth placing first on a crowded map.
                "label_priority": .number(type == "incident" ? 10 : 0),
            ]
        }
        let where_ = "chainage \(Format.number(incident.chainageKm)) km (\(incident.line) km \(Format.number(incident.kmPost))), ±\(Format.number(incident.uncertaintyKm)) km"
        let radii = cordonRadiiKm.filter { $0.isFinite && $0 > 0 }.sorted(by: >)
        var features: [Feature] = []
        for (rank, radius) in radii.enumerated() {
            var p = properties("cordon", radiusKm: radius)
            let opacity = radii.count == 1 ? 0.2 : 0.08 + 0.22 * Double(rank) / Double(radii.count - 1)
            SimpleStyle.stroke(SimpleStyle.Colour.incident, width: 1.5, opacity: 0.9, into: &p)
            SimpleStyle.fill(SimpleStyle.Colour.incident, opacity: opacity.rounded(to: 2), into: &p)
            SimpleStyle.label("\(Format.number(radius)) km around \(incident.id)",
                              "cordon of \(Format.number(radius)) km (geodesic) around the best point, \(where_)",
                              legend: "cordons (\(radii.sorted().map { Format.number($0) }.joined(separator: ", ")) km)", into: &p)
            features.append(Feature(id: .string("\(incident.id)-cordon-\(Format.number(radius))km"),
                                    geometry: LayerGeometry.polygon([try cordon(around: incident.point, radiusM: radius * 1000, engines: engines)]),
                                    properties: p))
        }
        var line = properties("uncertainty", radiusKm: nil)
        SimpleStyle.stroke(SimpleStyle.Colour.incident, width: 6, opacity: 0.8, into: &line)
        SimpleStyle.label("\(incident.id): where the clues agree",
                          "chainage \(Format.number(incident.interval.lowerBound)) – \(Format.number(incident.interval.upperBound)) km from \(route.document.from)",
                          legend: "interval where the clues agree", into: &line)
        features.append(Feature(id: .string("\(incident.id)-interval"),
                                geometry: LayerGeometry.line(route.line.subline(fromKm: incident.interval.lowerBound, toKm: incident.interval.upperBound)),
                                properties: line))
        var point = properties("incident", radiusKm: nil)
        SimpleStyle.marker(SimpleStyle.Colour.incident, symbol: "danger", size: "large", into: &point)
        SimpleStyle.label(incident.title, "\(incident.id): \(where_); \(incident.basis)", legend: "incident: best point on the line", into: &point)
        features.append(Feature(id: .string(incident.id), geometry: .point(LayerGeometry.position(incident.point)), properties: point))
        for reported in incident.reportedPoints {
            var p = properties("reported_point", radiusKm: nil, reported: reported)
            SimpleStyle.marker(SimpleStyle.Colour.reportedPoint, symbol: "cross", size: "medium", into: &p)
            var description = "clue \(reported.clue): a reporter gave \(Format.number(reported.point.lon, digits: 6)), \(Format.number(reported.point.lat, digits: 6)) ±\(Format.number(reported.accuracyM, digits: 0)) m"
            if let km = reported.snappedChainageKm, let offset = reported.offsetM {
                description += "; \(Format.number(offset, digits: 0)) m from the drawn line, at chainage \(Format.number(km)) km"
            }
            description += reported.used ? "; used in the placement" : "; set aside (conflict or weight 0)"
            SimpleStyle.label("\(incident.id): point given by a reporter", description, legend: "point given by a reporter (at clue)", into: &p)
            features.append(Feature(id: .string("\(incident.id)-clue-\(reported.clue)"), geometry: .point(LayerGeometry.position(reported.point)),
                                    properties: p))
        }
        return collection(.incident, features)
    }

    /// A ring of points `radiusM` metres (on the WGS84 ellipsoid) from `centre`: a GEOS buffer in an
    /// azimuthal equidistant projection centred there, where distances from the centre are true.
    public static func cordon(around centre: GeoPoint, radiusM: Double, engines: WorkerEngines, quadrantSegments: Int32 = 16) throws -> [GeoPoint] {
        let projection = try engines.proj.azimuthalEquidistant(centredOn: centre)
        let buffer = try GEOSGeometry.point(try projection.forward(centre), in: engines.geos).buffer(radiusM, quadrantSegments: quadrantSegments)
        guard case .polygon(let rings)? = try buffer.parts().first, let ring = rings.first else {
            throw GEOSError(operation: "cordon buffer", message: "the buffer of a point did not give a polygon")
        }
        return try ring.map { try projection.inverse($0) }
    }
}
