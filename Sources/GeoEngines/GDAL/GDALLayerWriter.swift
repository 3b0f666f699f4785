import CGDAL

/// The kind of a layer's or a field's contents, as GDAL/OGR types them.
public enum GDALFieldKind: Sendable, Equatable {
    /// 64-bit integers.
    case integer
    /// Doubles.
    case real
    /// UTF-8 text.
    case text
    /// Date and time with a UTC offset (ISO 8601 in, the format's own date-time type out).
    case dateTime
    /// True/false, stored as an integer with OGR's boolean subtype.
    case boolean
    /// JSON text (arrays, objects), with OGR's JSON subtype.
    case json

    var ogrType: OGRFieldType {
        switch self {
        case .integer, .boolean: OFTInteger64
        case .real: OFTReal
        case .text, .json: OFTString
        case .dateTime: OFTDateTime
        }
    }

    var ogrSubtype: OGRFieldSubType? {
        switch self {
        case .boolean: OFSTBoolean
        case .json: OFSTJSON
        default: nil
        }
    }
}

/// One attribute column.
public struct GDALField: Sendable, Equatable {
    /// The column name.
    public var name: String
    /// Its type.
    public var kind: GDALFieldKind

    /// A column `name` of `kind`.
    public init(name: String, kind: GDALFieldKind) {
        self.name = name
        self.kind = kind
    }
}

/// A value of one column of one feature.
public enum GDALFieldValue: Sendable, Equatable {
    case integer(Int64)
    case real(Double)
    case text(String)
    /// Date and time; `offsetMinutes` east of UTC.
    case dateTime(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Double, offsetMinutes: Int)
}

/// A layer's geometry type.
public struct GDALGeometryKind: Sendable, Equatable {
    /// The 2D type.
    public enum Shape: Sendable, Equatable {
        case point, lineString, polygon, multiPoint, multiLineString, multiPolygon, unknown
    }

    /// The shape.
    public var shape: Shape
    /// Whether coordinates carry an altitude.
    public var hasZ: Bool

    /// A kind of `shape`, 3D when `hasZ`.
    public init(_ shape: Shape, hasZ: Bool = false) {
        self.shape = shape
        self.hasZ = hasZ
    }

    var ogrType: OGRwkbGeometryType {
        let flat: OGRwkbGeometryType = switch shape {
        case .point: wkbPoint
        case .lineString: wkbLineString
        case .polygon: wkbPolygon
        case .multiPoint: wkbMultiPoint
        case .multiLineString: wkbMultiLineString
        case .multiPolygon: wkbMultiPolygon
        case .unknown: wkbUnknown
        }
        return hasZ && shape != .unknown ? OGR_GT_SetZ(flat) : flat
    }
}

/// Adds features to one layer of a ``GDALVectorDataset``, which it keeps alive.
public final class GDALLayerWriter {
    private let dataset: GDALVectorDataset
    private let layer: OGRLayerH
    /// The layer's name.
    public let name: String
    /// The layer's columns, in order.
    public let fields: [GDALField]

    init(dataset: GDALVectorDataset, layer: OGRLayerH, name: String, fields: [GDALField]) {
        self.dataset = dataset
        self.layer = layer
        self.name = name
        self.fields = fields
    }

    /// Adds one feature: its geometry as GeoJSON geometry text (nil for none), one value per column
    /// (nil leaves it null), and an OGR style string (PEN/BRUSH/SYMBOL…) that KML writers turn into styles.
    /// - Throws: ``GDALError`` when GDAL refuses the geometry or the feature.
    public func add(geometryJSON: String?, values: [GDALFieldValue?], style: String? = nil) throws {
        precondition(dataset.isOpen, "feature added to a closed dataset")
        try withExtendedLifetime(dataset) {
            try quietly {
                guard let feature = OGR_F_Create(OGR_L_GetLayerDefn(layer)) else { throw GDALError.last("feature of '\(name)'") }
                defer { OGR_F_Destroy(feature) }
                if let geometryJSON {
                    guard let geometry = OGR_G_CreateGeometryFromJson(geometryJSON) else {
                        throw GDALError.last("geometry of a feature of '\(name)'")
                    }
                    OGR_F_SetGeometryDirectly(feature, geometry)
                }
                for (index, value) in values.enumerated() {
                    let i = Int32(index)
                    switch value {
                    case nil: OGR_F_SetFieldNull(feature, i)
                    case .integer(let v): OGR_F_SetFieldInteger64(feature, i, GIntBig(v))
                    case .real(let v): OGR_F_SetFieldDouble(feature, i, v)
                    case .text(let v): OGR_F_SetFieldString(feature, i, v)
                    case .dateTime(let y, let mo, let d, let h, let mi, let s, let offset):
                        // OGR's time zone flag: 100 is UTC, each step 15 minutes.
                        OGR_F_SetFieldDateTimeEx(feature, i, Int32(y), Int32(mo), Int32(d), Int32(h), Int32(mi), Float(s), Int32(100 + offset / 15))
                    }
                }
                if let style { OGR_F_SetStyleString(feature, style) }
                guard OGR_L_CreateFeature(layer, feature) == OGRERR_NONE else { throw GDALError.last("write a feature of '\(name)'") }
            }
        }
    }
}
