/// Measures a whole collection before writing it, so its `bbox` can precede `features`.
enum CollectionExtent {
    /// The extent of all valid positions; positions the writer will refuse are skipped here.
    static func measure(_ features: [Feature], includeZ: Bool) -> BoundingBoxAccumulator {
        var extent = BoundingBoxAccumulator()
        for feature in features {
            guard let geometry = feature.geometry else { continue }
            add(geometry, to: &extent, includeZ: includeZ)
        }
        return extent
    }

    private static func add(_ geometry: Geometry, to extent: inout BoundingBoxAccumulator, includeZ: Bool) {
        func add(_ positions: [Position]) {
            for position in positions where PositionRules.violation(of: position) == nil {
                extent.add(longitude: position.longitude, latitude: position.latitude,
                           altitude: includeZ ? position.altitude : nil)
            }
        }
        switch geometry {
        case .point(let position): add([position])
        case .multiPoint(let positions), .lineString(let positions): add(positions)
        case .multiLineString(let lines), .polygon(let lines): lines.forEach(add)
        case .multiPolygon(let polygons): polygons.joined().forEach(add)
        case .geometryCollection(let members):
            for member in members { Self.add(member, to: &extent, includeZ: includeZ) }
        }
    }
}
