import IncidentPipeline
import LayerFiles
import Layers

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

    /// The incident layers of `placed`, each as GeoJSON bytes written with `options`.
    static func build(_ placed: PlacedIncident, pipeline: IncidentPipeline, options: LayerWriteOptions) throws -> [LayerFile] {
        try pipeline.layers(layers, incident: placed).map { layer in
            LayerFile(name: "\(layer.name.rawValue).geojson", bytes: try GeoJSONLayerEncoder.encode([layer], tagged: false, options: options))
        }
    }
}
