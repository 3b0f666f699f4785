import GeoEngines
import GeoJSON
import Placement
import RouteModel

/// One file of an incident's folder: its name and its complete content.
struct LayerFile: Sendable {
    var name: String
    var bytes: [UInt8]
}

/// The seam between the batch and the map layers: the layer files of one placed incident, written
/// into its folder by `IncidentFolder` (with `place.json` last).
enum IncidentLayerFiles {
    /// The names this builds, besides `place.json`.
    static let names = ["incident.geojson"]

    static let options = GeoJSONWriteOptions(precision: 6)

    static func build(placement: Placement, relief: ReliefReport, route: Route, engines: WorkerEngines) throws -> [LayerFile] {
        let p = placement
        let properties: JSONObject = [
            "incident_id": .string(p.incident.id), "incident_title": .string(p.incident.title), "time": .string(p.incident.time),
            "chainage_km": .number(PlacedFigures.round(p.chainageKm, 3)), "line": .string(p.position.line),
            "km_post": .number(PlacedFigures.round(p.position.kmPost, 3)),
            "from_chainage_km": .number(PlacedFigures.round(p.interval.lowerBound, 3)),
            "to_chainage_km": .number(PlacedFigures.round(p.interval.upperBound, 3)),
            "uncertainty_km": .number(PlacedFigures.round(p.uncertaintyKm, 3)), "basis": .string(p.chainageBasis),
        ]
        func typed(_ type: String) -> JSONObject {
            var o: JSONObject = ["feature_type": .string(type)]
            for (key, value) in properties.members { o[key] = value }
            return o
        }
        var line = route.line.subline(fromKm: p.interval.lowerBound, toKm: p.interval.upperBound)
        if line.count == 1 { line.append(line[0]) }
        let collection = FeatureCollection(features: [
            Feature(id: .string("\(p.incident.id)-interval"), geometry: .lineString(line.map(position)), properties: typed("uncertainty")),
            Feature(id: .string(p.incident.id), geometry: .point(position(p.position.point)), properties: typed("incident")),
        ], foreignMembers: ["name": "incident"])
        return [LayerFile(name: "incident.geojson", bytes: try encode(collection))]
    }

    static func position(_ point: GeoPoint) -> Position { Position(longitude: point.lon, latitude: point.lat) }

    static func encode(_ collection: FeatureCollection) throws -> [UInt8] {
        let sink = InMemorySink()
        try GeoJSONStreamWriter.write(collection, to: sink, options: options)
        return sink.bytes
    }
}
