import GeoEngines
import GeoJSON
import Layers
import TextFormats

/// Writes map layers into one GDAL file: GeoPackage (every layer its own table, mixed layers split
/// per geometry family, spatial index), KML/KMZ (a folder per layer, simplestyle as KML styles,
/// title/description/time as name/description/TimeStamp) or FlatGeobuf (one layer with a spatial index).
enum GDALLayerFile {
    /// Writes `layers` to `path` (which must not exist) in `format`. With `tagged` and a format that
    /// holds one layer (FlatGeobuf), the layers become one layer `routemap` whose features start
    /// with a `layer` property.
    /// - Throws: `GDALError`.
    static func write(_ layers: [NamedLayer], tagged: Bool, format: LayerFormat, precision: Int, to path: String) throws {
        guard let driver = format.gdalDriver else { preconditionFailure("\(format) is written by the GeoJSON writer") }
        let dataset = try GDALVectorDataset(creating: path, driver: driver)
        let groups: [(name: String, features: [Feature])] = format.keepsLayersApart || layers.count == 1 && !tagged
            ? layers.map { ($0.name.rawValue, $0.collection.features) }
            : [("routemap", layers.flatMap { layer in layer.collection.features.map { Self.tagged($0, layer: layer.name.rawValue) } })]
        for group in groups {
            let isKML = format == .kml || format == .kmz
            let features = isKML ? group.features.map { feature in
                var kml = feature
                kml.properties = KMLStyle.kmlProperties(feature.properties)
                return kml
            } : group.features
            let styles = group.features.map { isKML ? KMLStyle.styleString($0.properties) : nil }
            for table in LayerTable.tables(named: group.name, features: features, styles: styles, split: format == .gpkg) {
                let writer = try dataset.createLayer(table.name, geometry: table.geometry, fields: table.fields,
                                                     options: isKML ? ["FOLDER=YES"] : ["SPATIAL_INDEX=YES"])
                dataset.beginTransaction()
                for (feature, style) in zip(table.features, table.styles) {
                    try writer.add(geometryJSON: feature.geometry.map { LayerTable.geometryJSON($0, as: table.geometry, precision: precision) },
                                   values: table.fields.map { field in feature.properties[field.name].flatMap { LayerSchema.value($0, as: field.kind) } },
                                   style: style)
                }
                try dataset.commitTransaction()
            }
        }
        try dataset.close()
    }

    private static func tagged(_ feature: Feature, layer: String) -> Feature {
        var tagged = feature
        tagged.properties = JSONObject([("layer", JSONValue.string(layer))] + feature.properties.members.map { ($0.key, $0.value) })
        return tagged
    }
}
