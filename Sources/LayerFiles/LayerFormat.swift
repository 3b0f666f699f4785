/// The file formats map layers are written in. GeoJSON goes through routemap's own streaming writer;
/// the others through GDAL.
public enum LayerFormat: String, CaseIterable, Sendable {
    /// RFC 7946 GeoJSON: one FeatureCollection per file.
    case geojson
    /// RFC 8142 GeoJSON text sequences: one feature per record (`.geojsons`).
    case geojsonseq
    /// OGC GeoPackage: one SQLite file, every layer its own table with a spatial index (QGIS's own format).
    case gpkg
    /// KML (Google Earth): a folder per layer, simplestyle hints as KML styles.
    case kml
    /// KML zipped (`.kmz`), as Google Earth shares it.
    case kmz
    /// FlatGeobuf: one layer per file with a packed spatial index, for large layers.
    case fgb

    /// The file name extension.
    public var fileExtension: String {
        switch self {
        case .geojson: "geojson"
        case .geojsonseq: "geojsons"
        case .gpkg: "gpkg"
        case .kml: "kml"
        case .kmz: "kmz"
        case .fgb: "fgb"
        }
    }

    /// Whether routemap's own GeoJSON writer writes it (else GDAL).
    public var isGeoJSON: Bool { self == .geojson || self == .geojsonseq }

    /// Whether it can go to standard output (text formats written by routemap's own writer).
    public var canStream: Bool { isGeoJSON }

    /// Whether one file keeps several layers apart (tables, folders); else a combined file tags each
    /// feature with a `layer` property.
    public var keepsLayersApart: Bool { self == .gpkg || self == .kml || self == .kmz }

    /// GDAL's driver for it.
    var gdalDriver: String? {
        switch self {
        case .geojson, .geojsonseq: nil
        case .gpkg: "GPKG"
        case .kml, .kmz: "LIBKML"
        case .fgb: "FlatGeobuf"
        }
    }
}
