import TextFormats
/// Writes geometries into a ``JSONEmitter``: checks every position and ring, rewinds polygon
/// rings to RFC 7946 orientation, and widens a bounding box when one is being collected.
struct GeometryEncoder {
    let coordinates: FixedDecimalFormat
    let includeZ: Bool
    /// Set to collect the extent of the positions written.
    var boundingBox: BoundingBoxAccumulator?

    mutating func geometry(_ geometry: Geometry, into emitter: inout JSONEmitter) throws(LocatedWriteProblem) {
        emitter.openObject()
        emitter.key("type", first: true)
        switch geometry {
        case .point: emitter.staticString("Point")
        case .multiPoint: emitter.staticString("MultiPoint")
        case .lineString: emitter.staticString("LineString")
        case .multiLineString: emitter.staticString("MultiLineString")
        case .polygon: emitter.staticString("Polygon")
        case .multiPolygon: emitter.staticString("MultiPolygon")
        case .geometryCollection: emitter.staticString("GeometryCollection")
        }
        if case .geometryCollection(let members) = geometry {
            emitter.key("geometries", first: false)
            try within(.key("geometries")) { () throws(LocatedWriteProblem) in
                try array(members, into: &emitter) { (encoder, member, emitter) throws(LocatedWriteProblem) in
                    try encoder.geometry(member, into: &emitter)
                }
            }
        } else {
            emitter.key("coordinates", first: false)
            try within(.key("coordinates")) { () throws(LocatedWriteProblem) in
                try coordinates(of: geometry, into: &emitter)
            }
        }
        emitter.closeObject(isEmpty: false)
    }

    private mutating func coordinates(of geometry: Geometry, into emitter: inout JSONEmitter) throws(LocatedWriteProblem) {
        switch geometry {
        case .point(let position):
            try self.position(position, into: &emitter)
        case .multiPoint(let positions):
            try positionList(positions, into: &emitter)
        case .lineString(let positions):
            try lineString(positions, into: &emitter)
        case .multiLineString(let lines):
            try array(lines, into: &emitter) { (encoder, line, emitter) throws(LocatedWriteProblem) in
                try encoder.lineString(line, into: &emitter)
            }
        case .polygon(let rings):
            try polygon(rings, into: &emitter)
        case .multiPolygon(let polygons):
            try array(polygons, into: &emitter) { (encoder, rings, emitter) throws(LocatedWriteProblem) in
                try encoder.polygon(rings, into: &emitter)
            }
        case .geometryCollection:
            preconditionFailure("a GeometryCollection has geometries, not coordinates")
        }
    }

    private mutating func lineString(_ positions: [Position], into emitter: inout JSONEmitter) throws(LocatedWriteProblem) {
        guard positions.count >= 2 else {
            throw LocatedWriteProblem(.tooFewPositions, "expected a LineString of at least 2 positions, got \(positions.count)")
        }
        try positionList(positions, into: &emitter)
    }

    private mutating func polygon(_ rings: [[Position]], into emitter: inout JSONEmitter) throws(LocatedWriteProblem) {
        emitter.openArray()
        for (ringIndex, ring) in rings.enumerated() {
            emitter.element(first: ringIndex == 0)
            try within(.index(ringIndex)) { () throws(LocatedWriteProblem) in
                try self.ring(ring, isExterior: ringIndex == 0, into: &emitter)
            }
        }
        emitter.closeArray(isEmpty: rings.isEmpty)
    }

    private mutating func ring(_ ring: [Position], isExterior: Bool, into emitter: inout JSONEmitter) throws(LocatedWriteProblem) {
        if let problem = RingRules.shapeProblem(of: ring) {
            let reason: GeoJSONWriteError.Reason = ring.count < RingRules.minimumPositionCount ? .tooFewPositions : .ringNotClosed
            throw LocatedWriteProblem(reason, problem)
        }
        // Check positions before the area so NaN is reported as such, not as a winding.
        for (index, position) in ring.enumerated() {
            try within(.index(index)) { () throws(LocatedWriteProblem) in try Self.check(position) }
        }
        let written = ring.map { Position(longitude: coordinates.rounded($0.longitude), latitude: coordinates.rounded($0.latitude)) }
        if let problem = RingRules.degeneracyProblem(of: written) {
            throw LocatedWriteProblem(.degenerateRing, problem + " at \(coordinates.precision) decimals (use more decimals)")
        }
        let area = RingRules.doubledSignedArea(of: ring)
        if RingRules.needsReversal(doubledSignedArea: area, isExterior: isExterior) {
            try positionList(ring.reversed(), into: &emitter)
        } else {
            try positionList(ring, into: &emitter)
        }
    }

    private mutating func positionList(
        _ positions: some Collection<Position>, into emitter: inout JSONEmitter
    ) throws(LocatedWriteProblem) {
        emitter.openArray()
        var index = 0
        for position in positions {
            emitter.element(first: index == 0)
            try within(.index(index)) { () throws(LocatedWriteProblem) in try self.position(position, into: &emitter) }
            index += 1
        }
        emitter.closeArray(isEmpty: index == 0)
    }

    /// Writes `[lon, lat]` or `[lon, lat, z]` on one line.
    private mutating func position(_ position: Position, into emitter: inout JSONEmitter) throws(LocatedWriteProblem) {
        try Self.check(position)
        let altitude = includeZ ? position.altitude : nil
        emitter.raw("[")
        coordinates.append(position.longitude, to: emitter.buffer)
        emitter.inlineSeparator()
        coordinates.append(position.latitude, to: emitter.buffer)
        if let altitude {
            emitter.inlineSeparator()
            coordinates.append(altitude, to: emitter.buffer)
        }
        emitter.raw("]")
        boundingBox?.add(longitude: position.longitude, latitude: position.latitude, altitude: altitude)
    }

    private static func check(_ position: Position) throws(LocatedWriteProblem) {
        guard let violation = PositionRules.violation(of: position) else { return }
        var problem = LocatedWriteProblem(
            violation.isNonFinite ? .nonFiniteNumber : .coordinateOutOfRange, violation.message)
        problem.addOuter(.index(violation.member.rawValue))
        throw problem
    }

    private mutating func array<Element>(
        _ elements: [Element], into emitter: inout JSONEmitter,
        _ writeElement: (inout GeometryEncoder, Element, inout JSONEmitter) throws(LocatedWriteProblem) -> Void
    ) throws(LocatedWriteProblem) {
        emitter.openArray()
        for (index, element) in elements.enumerated() {
            emitter.element(first: index == 0)
            try within(.index(index)) { () throws(LocatedWriteProblem) in try writeElement(&self, element, &emitter) }
        }
        emitter.closeArray(isEmpty: elements.isEmpty)
    }
}
