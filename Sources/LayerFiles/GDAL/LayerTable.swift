import GeoEngines
import GeoJSON
import TextFormats

/// One table (GeoPackage), folder (KML) or file (FlatGeobuf) of features of one geometry kind with
/// typed columns, made from a GeoJSON layer.
struct LayerTable {
    var name: String
    var geometry: GDALGeometryKind
    var fields: [GDALField]
    var features: [Feature]
    /// One OGR style string (or nil) per feature.
    var styles: [String?]

    /// The geometry families a table may hold alone, as QGIS splits a mixed GeoJSON layer.
    enum Family: String, CaseIterable {
        case points, lines, polygons, other

        init(_ geometry: Geometry?) {
            switch geometry {
            case .point?, .multiPoint?: self = .points
            case .lineString?, .multiLineString?: self = .lines
            case .polygon?, .multiPolygon?: self = .polygons
            default: self = .other
            }
        }
    }

    /// The tables of a layer named `name`: one when every feature has the same geometry family (or
    /// `split` is false, for formats that take mixed layers), else one per family, named
    /// `<name>_points`, `<name>_lines`, `<name>_polygons`, in that order.
    static func tables(named name: String, features: [Feature], styles: [String?], split: Bool) -> [LayerTable] {
        let families = Family.allCases.filter { family in features.contains { Family($0.geometry) == family } }
        guard split, families.count > 1 else {
            return [LayerTable(name: name, geometry: split ? geometryKind(features) : mixedKind(features),
                               fields: LayerSchema.fields(of: features), features: features, styles: styles)]
        }
        return families.map { family in
            let indices = features.indices.filter { Family(features[$0].geometry) == family }
            let members = indices.map { features[$0] }
            return LayerTable(name: "\(name)_\(family.rawValue)", geometry: geometryKind(members),
                              fields: LayerSchema.fields(of: members), features: members, styles: indices.map { styles[$0] })
        }
    }

    /// The one kind of same-family features: multi when any is multi, 3D when any position has an altitude.
    private static func geometryKind(_ features: [Feature]) -> GDALGeometryKind {
        let hasZ = features.contains { $0.geometry.map(Self.hasAltitude) ?? false }
        let multi = features.contains {
            switch $0.geometry {
            case .multiPoint?, .multiLineString?, .multiPolygon?: true
            default: false
            }
        }
        let shape: GDALGeometryKind.Shape = switch Family(features.first?.geometry) {
        case .points: multi ? .multiPoint : .point
        case .lines: multi ? .multiLineString : .lineString
        case .polygons: multi ? .multiPolygon : .polygon
        case .other: .unknown
        }
        return GDALGeometryKind(shape, hasZ: hasZ)
    }

    private static func mixedKind(_ features: [Feature]) -> GDALGeometryKind {
        let families = Set(features.map { Family($0.geometry) })
        return families.count == 1 ? geometryKind(features) : GDALGeometryKind(.unknown)
    }

    static func hasAltitude(_ geometry: Geometry) -> Bool {
        switch geometry {
        case .point(let p): p.altitude != nil
        case .multiPoint(let ps), .lineString(let ps): ps.contains { $0.altitude != nil }
        case .multiLineString(let rings), .polygon(let rings): rings.contains { $0.contains { $0.altitude != nil } }
        case .multiPolygon(let polygons): polygons.contains { $0.contains { $0.contains { $0.altitude != nil } } }
        case .geometryCollection(let parts): parts.contains(where: hasAltitude)
        }
    }

    /// The geometry as GeoJSON geometry text with longitudes and latitudes rounded to `precision`
    /// decimals, as GDAL reads it; a single geometry of a table of multi geometries becomes a one-part
    /// multi geometry.
    static func geometryJSON(_ geometry: Geometry, as kind: GDALGeometryKind, precision: Int) -> String {
        let promoted: Geometry = switch (geometry, kind.shape) {
        case (.point(let p), .multiPoint): .multiPoint([p])
        case (.lineString(let l), .multiLineString): .multiLineString([l])
        case (.polygon(let p), .multiPolygon): .multiPolygon([p])
        default: geometry
        }
        return (try? JSONText.render(json(promoted, precision: precision))) ?? "null"
    }

    private static func json(_ geometry: Geometry, precision: Int) -> JSONValue {
        func position(_ p: Position) -> JSONValue {
            .array([.number(p.longitude.rounded(to: precision)), .number(p.latitude.rounded(to: precision))] + (p.altitude.map { [.number($0)] } ?? []))
        }
        func list(_ ps: [Position]) -> JSONValue { .array(ps.map(position)) }
        func rings(_ rs: [[Position]]) -> JSONValue { .array(rs.map(list)) }
        let coordinates: JSONValue
        switch geometry {
        case .point(let p): coordinates = position(p)
        case .multiPoint(let ps), .lineString(let ps): coordinates = list(ps)
        case .multiLineString(let rs), .polygon(let rs): coordinates = rings(rs)
        case .multiPolygon(let polygons): coordinates = .array(polygons.map(rings))
        case .geometryCollection(let parts):
            return .object(["type": "GeometryCollection", "geometries": .array(parts.map { json($0, precision: precision) })])
        }
        return .object(["type": .string(geometry.typeName), "coordinates": coordinates])
    }
}
