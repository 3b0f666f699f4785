import FileOutput
import GeoJSON
import Layers
import TextFormats

/// Map layers as GeoJSON bytes, the same way for every command: one layer keeps its collection's
/// members (`name`, `attribution`); several layers become one collection whose features start with a
/// `layer` property naming their layer.
public enum GeoJSONLayerEncoder {
    /// The bytes of `layers` as one output. `tagged` adds the `layer` property (a combined output);
    /// text sequences carry no collection members.
    /// - Throws: `GeoJSONWriteError` for a feature the writer refuses.
    public static func encode(_ layers: [NamedLayer], tagged: Bool, options: LayerWriteOptions) throws -> [UInt8] {
        let sink = InMemorySink()
        let features = layers.flatMap { layer in
            layer.collection.features.map { feature in
                guard tagged else { return feature }
                var tagged = feature
                tagged.properties = JSONObject([("layer", JSONValue.string(layer.name.rawValue))] + feature.properties.members.map { ($0.key, $0.value) })
                return tagged
            }
        }
        if options.framing == .featureCollection {
            let members: JSONObject = layers.count == 1 ? layers[0].collection.foreignMembers : MapLayers.combinedMembers
            try GeoJSONStreamWriter.write(FeatureCollection(features: features, foreignMembers: members), to: sink, options: options.geoJSON())
        } else {
            let writer = try GeoJSONStreamWriter(sink: sink, framing: options.framing, options: options.geoJSON())
            try writer.write(contentsOf: features)
            try writer.finish()
        }
        return sink.bytes
    }
}
