/// A GeoJSON geometry (RFC 7946 §3.1).
///
/// Polygon rings are lists of positions whose first and last positions are equal; the first ring
/// is the exterior, the others are holes. The writer rewinds rings to the RFC 7946 orientation.
public enum Geometry: Sendable, Equatable {
    /// A single position.
    case point(Position)
    /// Any number of positions.
    case multiPoint([Position])
    /// Two or more positions.
    case lineString([Position])
    /// Any number of line strings.
    case multiLineString([[Position]])
    /// Linear rings: the exterior first, then holes.
    case polygon([[Position]])
    /// Any number of polygons.
    case multiPolygon([[[Position]]])
    /// Any number of geometries.
    case geometryCollection([Geometry])

    /// The RFC 7946 `type` member value, such as `"LineString"`.
    public var typeName: String {
        switch self {
        case .point: "Point"
        case .multiPoint: "MultiPoint"
        case .lineString: "LineString"
        case .multiLineString: "MultiLineString"
        case .polygon: "Polygon"
        case .multiPolygon: "MultiPolygon"
        case .geometryCollection: "GeometryCollection"
        }
    }
}
