import GeoEngines
import GeoJSON
import Layers
import Placement
import RouteModel
import FileOutput

/// One file of an incident's folder: its name and its complete content.
struct LayerFile: Sendable {
    var name: String
    var bytes: [UInt8]
}

/// The seam between the batch and the map layers: the layer files of one placed incident (the
/// `incident` and `distances` layers of the Layers module), written into its folder by `IncidentFolder`
/// with `place.json` last.
enum IncidentLayerFiles {
    /// The layers each incident folder holds.
    static let layers: [LayerName] = [.incident, .distances]

    /// The file names this builds, besides `place.json`.
    static let names = layers.map { "\($0.rawValue).geojson" }

    static let options = GeoJSONWriteOptions(precision: 6)

    static func build(placement: Placement, relief: ReliefReport, route: Route, engines: WorkerEngines) throws -> [LayerFile] {
        let input = IncidentLayerInput(placement: placement, relief: relief)
        return try MapLayers.build(layers, route: route, incident: input, engines: engines).map { layer in
            LayerFile(name: "\(layer.name.rawValue).geojson", bytes: try encode(layer.collection))
        }
    }

    static func encode(_ collection: FeatureCollection) throws -> [UInt8] {
        let sink = InMemorySink()
        try GeoJSONStreamWriter.write(collection, to: sink, options: options)
        return sink.bytes
    }
}
