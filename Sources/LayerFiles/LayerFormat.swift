/// The file formats map layers are written in, through routemap's own streaming GeoJSON writer.
public enum LayerFormat: String, CaseIterable, Sendable {
    /// RFC 7946 GeoJSON: one FeatureCollection per file.
    case geojson
    /// RFC 8142 GeoJSON text sequences: one feature per record (`.geojsons`).
    case geojsonseq

    /// The file name extension.
    public var fileExtension: String {
        switch self {
        case .geojson: "geojson"
        case .geojsonseq: "geojsons"
        }
    }
}
