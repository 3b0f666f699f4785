import GeoEngines
import GeoJSON
import RouteModel
import TextFormats

extension MapLayers {
    /// The `route` layer: the modelled line as one LineString per leg (the stretch of one railway line
    /// between two junctions), with lengths by km posts and along the drawn line.
    ///
    /// With `elevation`, each leg is split where sourced elevation starts or stops: stretches with
    /// known elevation are 3D LineStrings (altitude interpolated between station heights), the rest
    /// stay 2D, and `elevation_known` says which. Unknown elevation is never written as a number.
    ///
    /// Properties: `leg`, `line`, `line_name`, `from_station`, `to_station`, `from_km_post`,
    /// `to_km_post`, `from_chainage_km`, `to_chainage_km`, `post_length_km`, `model_length_km`,
    /// (`elevation_known` with `elevation`), then style.
    public static func route(_ route: Route, elevation: Bool = false) -> FeatureCollection {
        var features: [Feature] = []
        for (index, leg) in route.legs.enumerated() {
            let pieces = elevation ? elevationPieces(route, fromKm: leg.startKm, toKm: leg.endKm)
                                   : [(known: false, points: LayerGeometry.chainagePoints(route, fromKm: leg.startKm, toKm: leg.endKm))]
            for (pieceIndex, piece) in pieces.enumerated() {
                let fromKm = piece.points.first!.km, toKm = piece.points.last!.km
                let positions = piece.points.map { p in
                    LayerGeometry.position(p.point, altitude: piece.known ? route.profile.elevation(atChainage: p.km)?.rounded(to: 1) : nil)
                }
                let modelKm = zip(piece.points, piece.points.dropFirst()).reduce(0) { $0 + Geodesic.wgs84.distance($1.0.point, $1.1.point) } / 1000
                var properties: JSONObject = [
                    "leg": .number(Double(index + 1)),
                    "line": .string(leg.line),
                    "line_name": .string(leg.lineName),
                    "from_station": .string(leg.fromStation),
                    "to_station": .string(leg.toStation),
                    "from_km_post": .number(leg.kmPost(atChainage: fromKm).rounded(to: 3)),
                    "to_km_post": .number(leg.kmPost(atChainage: toKm).rounded(to: 3)),
                    "from_chainage_km": .number(fromKm.rounded(to: 3)),
                    "to_chainage_km": .number(toKm.rounded(to: 3)),
                    "post_length_km": .number((toKm - fromKm).rounded(to: 3)),
                    "model_length_km": .number(modelKm.rounded(to: 3)),
                ]
                if elevation { properties.append("elevation_known", .bool(piece.known)) }
                SimpleStyle.stroke(SimpleStyle.lineColour(leg.line), width: 3, into: &properties)
                SimpleStyle.label("\(leg.line): \(leg.fromStation) → \(leg.toStation)",
                                  "\(leg.lineName), km \(Format.number(leg.fromPostKm)) → \(Format.number(leg.toPostKm)); chainage \(Format.number(fromKm)) – \(Format.number(toKm)) km from \(route.document.from); \(Format.number(toKm - fromKm)) km by km posts, \(Format.number(modelKm)) km along the drawn line",
                                  legend: "\(leg.line) line", into: &properties)
                let id = pieces.count == 1 ? "leg-\(index + 1)" : "leg-\(index + 1)-\(pieceIndex + 1)"
                features.append(Feature(id: .string(id), geometry: .lineString(LayerGeometry.lineCoordinates(positions)),
                                        properties: properties))
            }
        }
        return collection(.route, features)
    }

    /// The leg split into runs whose elevation is all known or all unknown.
    static func elevationPieces(_ route: Route, fromKm: Double, toKm: Double) -> [(known: Bool, points: [(km: Double, point: GeoPoint)])] {
        let sections = route.profile.sections
        let breaks = sections.flatMap { [$0.from.chainageKm, $0.to.chainageKm] }
        let points = LayerGeometry.chainagePoints(route, fromKm: fromKm, toKm: toKm, breaks: breaks)
        func known(_ a: Double, _ b: Double) -> Bool {
            let mid = (a + b) / 2
            return sections.contains { mid >= $0.from.chainageKm && mid <= $0.to.chainageKm }
        }
        var pieces: [(known: Bool, points: [(km: Double, point: GeoPoint)])] = []
        for (a, b) in zip(points, points.dropFirst()) {
            let isKnown = known(a.km, b.km)
            if let last = pieces.last, last.known == isKnown {
                pieces[pieces.count - 1].points.append(b)
            } else {
                pieces.append((isKnown, [a, b]))
            }
        }
        return pieces
    }
}
