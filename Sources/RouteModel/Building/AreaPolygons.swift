import GeoEngines

/// Builds named-area polygons: a corridor of the area's half-width around its stretch of line, buffered
/// with flat ends (so it stops where the stretch stops)
/// by GEOS in the route's planar frame and brought back to WGS84 by PROJ.
enum AreaPolygons {
    static func corridor(for area: NamedArea, line: RouteLine, frame: ProjTransformer, geos: GEOSContext) throws -> NamedArea {
        let stretch = try line.subline(fromKm: area.fromKm, toKm: area.toKm).map { try frame.forward($0) }
        let buffered = try GEOSGeometry.lineString(stretch, in: geos).flatEndedBuffer(area.halfWidthKm * 1000, quadrantSegments: 8)
        guard case .polygon(let rings)? = try buffered.parts().first else {
            throw GEOSError(operation: "corridor for area \(area.id)", message: "buffer did not give a polygon")
        }
        var result = area
        result.polygon = try rings.map { ring in try ring.map { try frame.inverse($0) } }
        return result
    }
}
