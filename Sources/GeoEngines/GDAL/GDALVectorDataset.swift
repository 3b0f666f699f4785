import CGDAL

/// A vector file being written through GDAL (GeoPackage, KML/KMZ, FlatGeobuf…): owns the
/// `GDALDatasetH` and closes it once, in ``close()`` (which reports GDAL's errors) or on release.
/// Layers keep their dataset alive. Used by one thread at a time.
public final class GDALVectorDataset {
    private var handle: GDALDatasetH?
    /// The file being written.
    public let path: String
    /// The GDAL driver's short name, e.g. `GPKG`.
    public let driver: String

    /// Creates `path` with the driver `driver` (GDAL's short name) and its dataset creation `options`.
    /// - Throws: ``GDALError`` when the driver is missing or the file cannot be created.
    public init(creating path: String, driver: String, options: [String] = []) throws {
        GDALRegistration.registerOnce()
        self.path = path
        self.driver = driver
        handle = try quietly {
            guard let driverHandle = GDALGetDriverByName(driver) else {
                throw GDALError(operation: "driver \(driver)", message: "not available in this GDAL build")
            }
            let created = withStringList(options) { GDALCreate(driverHandle, path, 0, 0, 0, GDT_Unknown, $0) }
            guard let created else { throw GDALError.last("create \(path) (\(driver))") }
            return created
        }
    }

    deinit {
        if let handle { GDALClose(handle) }
    }

    /// A new layer named `name` in WGS84 longitude/latitude with `geometry` and `fields` and the
    /// driver's layer creation `options` (e.g. `SPATIAL_INDEX=YES`).
    /// - Throws: ``GDALError``.
    public func createLayer(_ name: String, geometry: GDALGeometryKind, fields: [GDALField], options: [String] = []) throws -> GDALLayerWriter {
        guard let handle else { throw GDALError(operation: "create layer '\(name)'", message: "the dataset is closed") }
        return try quietly {
            let srs = OSRNewSpatialReference(nil)
            defer { OSRRelease(srs) }
            guard OSRImportFromEPSG(srs, 4326) == OGRERR_NONE else { throw GDALError.last("EPSG:4326") }
            OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER)
            let layer = withStringList(options) { GDALDatasetCreateLayer(handle, name, srs, geometry.ogrType, $0) }
            guard let layer else { throw GDALError.last("create layer '\(name)'") }
            for field in fields {
                let definition = OGR_Fld_Create(field.name, field.kind.ogrType)
                defer { OGR_Fld_Destroy(definition) }
                if let subtype = field.kind.ogrSubtype { OGR_Fld_SetSubType(definition, subtype) }
                guard OGR_L_CreateField(layer, definition, 1) == OGRERR_NONE else { throw GDALError.last("field '\(field.name)' of '\(name)'") }
            }
            return GDALLayerWriter(dataset: self, layer: layer, name: name, fields: fields)
        }
    }

    /// Starts a transaction where the format has them (GeoPackage: much faster bulk writes).
    public func beginTransaction() {
        guard let handle else { return }
        quietly { _ = GDALDatasetStartTransaction(handle, 0) }
    }

    /// Commits the transaction ``beginTransaction()`` started, if any.
    /// - Throws: ``GDALError`` when the commit fails.
    public func commitTransaction() throws {
        guard let handle else { return }
        try quietly {
            let result = GDALDatasetCommitTransaction(handle)
            guard result == OGRERR_NONE || result == OGRERR_UNSUPPORTED_OPERATION else { throw GDALError.last("commit \(path)") }
        }
    }

    /// Flushes and closes the file; after this the dataset cannot be used.
    /// - Throws: ``GDALError`` when GDAL reports an error while finishing the file.
    public func close() throws {
        guard let handle else { return }
        self.handle = nil
        try quietly {
            GDALClose(handle)
            if CPLGetLastErrorType().rawValue >= CE_Failure.rawValue { throw GDALError.last("close \(path)") }
        }
    }

    /// The raw handle, for the layers of this dataset.
    var isOpen: Bool { handle != nil }
}

/// GDAL's drivers, registered once per process.
enum GDALRegistration {
    private static let registered: Bool = {
        GDALAllRegister()
        return true
    }()

    static func registerOnce() { _ = registered }
}
