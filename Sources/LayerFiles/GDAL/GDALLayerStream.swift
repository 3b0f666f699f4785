import FileOutput
import Foundation
import GeoEngines
import GeoJSON
import TextFormats

/// One layer written feature by feature into a GDAL file (for outputs too large to hold, such as
/// batch's combined incidents): the columns are declared up front, each feature is converted as it
/// comes, and the file appears under its name only at ``commit()``.
public final class GDALLayerStream {
    private let file: AtomicFilePath
    private let dataset: GDALVectorDataset
    private let layer: GDALLayerWriter
    private let format: LayerFormat
    private let isKML: Bool
    private let precision: Int

    /// Starts `destination` in `format` (a GDAL format) with one layer `name` of `geometry` whose
    /// properties are `columns` (name and kind, in order), coordinates rounded to `precision` decimals.
    /// - Throws: `GDALError`.
    public init(destination: URL, format: LayerFormat, precision: Int, name: String, geometry: GDALGeometryKind, columns: [GDALField]) throws {
        guard let driver = format.gdalDriver else { preconditionFailure("\(format) is written by the GeoJSON writer") }
        self.format = format
        self.precision = precision
        isKML = format == .kml || format == .kmz
        file = AtomicFilePath(destination: destination)
        dataset = try GDALVectorDataset(creating: file.temporaryURL.path, driver: driver)
        let fields = isKML ? KMLStyle.kmlColumns(columns) : columns
        layer = try dataset.createLayer(name, geometry: geometry, fields: fields, options: isKML ? ["FOLDER=YES"] : ["SPATIAL_INDEX=YES"])
        dataset.beginTransaction()
    }

    /// Adds one feature; properties not among the columns are left out.
    /// - Throws: `GDALError`.
    public func add(_ feature: Feature) throws {
        let properties = isKML ? KMLStyle.kmlProperties(feature.properties) : feature.properties
        try layer.add(geometryJSON: feature.geometry.map { LayerTable.geometryJSON($0, as: GDALGeometryKind(.unknown), precision: precision) },
                      values: layer.fields.map { field in properties[field.name].flatMap { LayerSchema.value($0, as: field.kind) } },
                      style: isKML ? KMLStyle.styleString(feature.properties) : nil)
    }

    /// Finishes the file and renames it into place; returns its size in bytes.
    /// - Throws: `GDALError`, `FileOutputError`.
    @discardableResult
    public func commit() throws -> Int {
        try dataset.commitTransaction()
        try dataset.close()
        let size = file.size
        try file.commit()
        return size
    }
}
