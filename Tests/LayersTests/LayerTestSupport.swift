import GeoEngines
import GeoJSON
import Layers
import RouteMapTestSupport
import RouteModel
import FileOutput

/// An incident placed by hand at chainage 120 (interval 115–125, the Mushkaf tunnel section), with
/// relief distances measured here independently of the Placement module.
func handPlacedIncident(_ route: Route = ShippedRoute.route) -> IncidentLayerInput {
    let position = route.position(atChainage: 120)
    let relief = route.reliefPoints.map { r in
        let inverse = Geodesic.wgs84.inverse(position.point, r.position)
        return IncidentLayerInput.Relief(point: r, distanceM: inverse.distance, azimuthDeg: inverse.azimuthDegrees,
                                         alongTrackKm: 0, accessChainageKm: 120)
    }
    return IncidentLayerInput(id: "TEST-1", title: "test incident", time: "2025-03-11T13:00:00+05:00", chainageKm: 120,
                              point: position.point, line: position.line, kmPost: position.kmPost, interval: 115...125,
                              uncertaintyKm: 5.5, basis: "placed by hand", relief: relief)
}

extension Position {
    var geoPoint: GeoPoint { GeoPoint(lon: longitude, lat: latitude) }
}

extension Feature {
    func string(_ key: String) -> String? { properties[key]?.stringValue }
    func number(_ key: String) -> Double? { properties[key]?.numberValue }

    var lineCoordinates: [Position]? {
        if case .lineString(let positions)? = geometry { return positions }
        return nil
    }

    var pointCoordinate: Position? {
        if case .point(let position)? = geometry { return position }
        return nil
    }

    var polygonRings: [[Position]]? {
        if case .polygon(let rings)? = geometry { return rings }
        return nil
    }
}

/// Twice the signed area of a ring in degrees (shoelace): positive when counter-clockwise.
func signedArea(_ ring: [Position]) -> Double {
    zip(ring, ring.dropFirst()).reduce(0) { $0 + $1.0.longitude * $1.1.latitude - $1.1.longitude * $1.0.latitude }
}

/// The collection written by the project's writer and checked by its validator.
func validationProblems(_ collection: FeatureCollection) throws -> [GeoJSONProblem] {
    let sink = InMemorySink()
    try GeoJSONStreamWriter.write(collection, to: sink, options: GeoJSONWriteOptions(writeBBox: true))
    return GeoJSONValidator.validate(sink.bytes)
}

/// The simplestyle keys every feature of every layer carries, by geometry.
func expectedStyleKeys(for geometry: Geometry?) -> [String] {
    switch geometry {
    case .point?: ["marker-color", "marker-symbol", "marker-size", "title", "description", "legend"]
    case .lineString?: ["stroke", "stroke-width", "stroke-opacity", "title", "description", "legend"]
    case .polygon?: ["stroke", "stroke-width", "stroke-opacity", "fill", "fill-opacity", "title", "description", "legend"]
    default: []
    }
}
