import CGEOS

/// A GEOS geometry owned by Swift; destroyed with its context's `GEOSGeom_destroy_r`.
///
/// It keeps its context alive and must only be used on the thread that uses that context.
public final class GEOSGeometry {
    let pointer: OpaquePointer
    /// The context that made this geometry; every operation runs in it.
    public let context: GEOSContext

    init(_ pointer: OpaquePointer, _ context: GEOSContext) {
        self.pointer = pointer
        self.context = context
    }

    deinit {
        GEOSGeom_destroy_r(context.handle, pointer)
    }

    /// A point.
    public static func point(_ p: XY, in context: GEOSContext) throws -> GEOSGeometry {
        try context.make("create point") { GEOSGeom_createPointFromXY_r($0, p.x, p.y) }
    }

    /// A line string from at least two coordinates.
    public static func lineString(_ coordinates: [XY], in context: GEOSContext) throws -> GEOSGeometry {
        let sequence = try context.coordinateSequence(coordinates)
        return try context.make("create line string") { GEOSGeom_createLineString_r($0, sequence) }
    }

    /// A polygon from closed rings: the exterior first, then holes.
    public static func polygon(_ rings: [[XY]], in context: GEOSContext) throws -> GEOSGeometry {
        guard let exteriorCoordinates = rings.first else {
            return try context.make("create empty polygon") { GEOSGeom_createEmptyPolygon_r($0) }
        }
        // Every ring is checked before any is made: a bad hole must not leave the shell made and unowned.
        for ring in rings { try GEOSContext.checkRing(ring) }
        let shell = try context.linearRing(exteriorCoordinates)
        var holes = try rings.dropFirst().map { try context.linearRing($0) }
        return try context.make("create polygon") { h in
            holes.withUnsafeMutableBufferPointer { buffer in
                GEOSGeom_createPolygon_r(h, shell, buffer.baseAddress, UInt32(buffer.count))
            }
        }
    }

    /// The area within `distance` of this geometry (`GEOSBuffer_r`), in the geometry's own units.
    public func buffer(_ distance: Double, quadrantSegments: Int32 = 16) throws -> GEOSGeometry {
        try context.make("buffer") { GEOSBuffer_r($0, pointer, distance, quadrantSegments) }
    }

    /// A buffer with flat ends (`GEOSBufferWithStyle_r`): for a line, a corridor that stops where the
    /// line stops instead of bulging past its ends.
    public func flatEndedBuffer(_ distance: Double, quadrantSegments: Int32 = 16) throws -> GEOSGeometry {
        try context.make("buffer with flat ends") {
            GEOSBufferWithStyle_r($0, pointer, distance, quadrantSegments, Int32(GEOSBUF_CAP_FLAT.rawValue),
                                  Int32(GEOSBUF_JOIN_ROUND.rawValue), 5)
        }
    }

    /// The shared part of two geometries (`GEOSIntersection_r`).
    public func intersection(_ other: GEOSGeometry) throws -> GEOSGeometry {
        try context.make("intersection") { GEOSIntersection_r($0, pointer, other.pointer) }
    }

    /// Whether the geometries share at least one point (`GEOSIntersects_r`).
    public func intersects(_ other: GEOSGeometry) throws -> Bool {
        context.beginCall()
        let r = GEOSIntersects_r(context.handle, pointer, other.pointer)
        guard r != 2 else { throw context.failure("intersects") }
        return r == 1
    }

    /// The geometry as well-known text, for diagnostics.
    public func wkt(decimals: Int32 = 3) throws -> String {
        let h = context.handle
        guard let writer = GEOSWKTWriter_create_r(h) else { throw context.failure("WKT writer") }
        defer { GEOSWKTWriter_destroy_r(h, writer) }
        GEOSWKTWriter_setRoundingPrecision_r(h, writer, decimals)
        GEOSWKTWriter_setTrim_r(h, writer, 1)
        context.beginCall()
        guard let text = GEOSWKTWriter_write_r(h, writer, pointer) else { throw context.failure("WKT write") }
        defer { GEOSFree_r(h, text) }
        return String(cString: text)
    }

    /// The simple parts of this geometry (a multi-geometry or collection gives several), as Swift values.
    public func parts() throws -> [PlanarShape] {
        let h = context.handle
        context.beginCall()
        let typeID = GEOSGeomTypeId_r(h, pointer)
        switch Int(typeID) {
        case Int(GEOS_POINT.rawValue), Int(GEOS_LINESTRING.rawValue), Int(GEOS_LINEARRING.rawValue),
             Int(GEOS_POLYGON.rawValue):
            return try [shape(of: pointer)]
        case Int(GEOS_MULTIPOINT.rawValue), Int(GEOS_MULTILINESTRING.rawValue), Int(GEOS_MULTIPOLYGON.rawValue),
             Int(GEOS_GEOMETRYCOLLECTION.rawValue):
            let count = GEOSGetNumGeometries_r(h, pointer)
            guard count >= 0 else { throw context.failure("count parts") }
            return try (0..<count).map { i in
                guard let part = GEOSGetGeometryN_r(h, pointer, i) else { throw context.failure("get part") }
                return try shape(of: part)
            }
        default:
            throw GEOSError(operation: "parts", message: "unsupported geometry type id \(typeID)")
        }
    }

    /// One simple geometry's coordinates; `borrowed` is owned by GEOS and must not be freed.
    private func shape(of borrowed: OpaquePointer) throws -> PlanarShape {
        let h = context.handle
        if GEOSisEmpty_r(h, borrowed) == 1 { return .empty }
        switch Int(GEOSGeomTypeId_r(h, borrowed)) {
        case Int(GEOS_POINT.rawValue):
            return .point(try coordinates(of: borrowed)[0])
        case Int(GEOS_LINESTRING.rawValue), Int(GEOS_LINEARRING.rawValue):
            return .lineString(try coordinates(of: borrowed))
        case Int(GEOS_POLYGON.rawValue):
            guard let exterior = GEOSGetExteriorRing_r(h, borrowed) else { throw context.failure("exterior ring") }
            var rings = [try coordinates(of: exterior)]
            let holes = GEOSGetNumInteriorRings_r(h, borrowed)
            for i in 0..<max(holes, 0) {
                guard let ring = GEOSGetInteriorRingN_r(h, borrowed, i) else { throw context.failure("interior ring") }
                rings.append(try coordinates(of: ring))
            }
            return .polygon(rings)
        default:
            throw GEOSError(operation: "shape", message: "nested collections are not supported")
        }
    }

    private func coordinates(of borrowed: OpaquePointer) throws -> [XY] {
        let h = context.handle
        guard let sequence = GEOSGeom_getCoordSeq_r(h, borrowed) else { throw context.failure("coordinate sequence") }
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(h, sequence, &size) != 0 else { throw context.failure("sequence size") }
        var flat = [Double](repeating: 0, count: Int(size) * 2)
        let ok = flat.withUnsafeMutableBufferPointer { GEOSCoordSeq_copyToBuffer_r(h, sequence, $0.baseAddress, 0, 0) }
        guard ok != 0 else { throw context.failure("copy coordinates") }
        return (0..<Int(size)).map { XY(flat[2 * $0], flat[2 * $0 + 1]) }
    }
}

extension GEOSContext {
    /// Runs a GEOS constructor and wraps its result, turning NULL into a `GEOSError`.
    func make(_ operation: String, _ body: (GEOSContextHandle_t) -> OpaquePointer?) throws -> GEOSGeometry {
        beginCall()
        guard let result = body(handle) else { throw failure(operation) }
        return GEOSGeometry(result, self)
    }

    /// A coordinate sequence copied in one call from the Swift array (GEOS takes ownership when used).
    func coordinateSequence(_ coordinates: [XY]) throws -> OpaquePointer {
        guard coordinates.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else {
            throw GEOSError(operation: "coordinate sequence", message: "a coordinate is NaN or infinite")
        }
        let flat = coordinates.flatMap { [$0.x, $0.y] }
        beginCall()
        let sequence = flat.withUnsafeBufferPointer {
            GEOSCoordSeq_copyFromBuffer_r(handle, $0.baseAddress, UInt32(coordinates.count), 0, 0)
        }
        guard let sequence else { throw failure("coordinate sequence") }
        return sequence
    }

    /// Refuses what `linearRing` would refuse, before anything is allocated.
    static func checkRing(_ coordinates: [XY]) throws {
        guard coordinates.count >= 4, coordinates.first == coordinates.last else {
            throw GEOSError(operation: "linear ring", message: "a ring needs at least 4 positions and must be closed")
        }
        guard coordinates.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else {
            throw GEOSError(operation: "coordinate sequence", message: "a coordinate is NaN or infinite")
        }
    }

    /// A linear ring (closed, at least 4 positions) as an unowned pointer for a polygon constructor.
    func linearRing(_ coordinates: [XY]) throws -> OpaquePointer? {
        try Self.checkRing(coordinates)
        let sequence = try coordinateSequence(coordinates)
        beginCall()
        guard let ring = GEOSGeom_createLinearRing_r(handle, sequence) else { throw failure("linear ring") }
        return ring
    }
}
