import GeoJSON

extension Geometry {
    /// Calls `body` with every position, in order, through nested geometries.
    func forEachPosition(_ body: (Position) -> Void) {
        switch self {
        case .point(let position): body(position)
        case .multiPoint(let positions), .lineString(let positions): positions.forEach(body)
        case .multiLineString(let lines), .polygon(let lines): lines.joined().forEach(body)
        case .multiPolygon(let polygons): polygons.joined().joined().forEach(body)
        case .geometryCollection(let members): members.forEach { $0.forEachPosition(body) }
        }
    }
}

extension Position {
    /// Whether the position is finite and inside the WGS84 ranges (others are skipped when drawing).
    var isDrawable: Bool {
        longitude.isFinite && latitude.isFinite && abs(longitude) <= 180 && abs(latitude) <= 90
    }
}
