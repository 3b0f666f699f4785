import TextFormats
/// Writes whole features into a ``JSONEmitter`` in the documented
/// member order: `type`, `id`, `bbox`, `geometry`, `properties`, then foreign members.
struct FeatureEncoder {
    let options: GeoJSONWriteOptions
    let coordinates: FixedDecimalFormat
    /// Holds the geometry while its extent is measured, so `bbox` can be written before it.
    private var geometryBytes = ByteBuffer()

    init(options: GeoJSONWriteOptions) {
        self.options = options
        coordinates = FixedDecimalFormat(precision: options.precision)
    }

    /// Writes `feature` and returns the extent of its geometry (empty unless `writeBBox` is on).
    mutating func feature(_ feature: Feature, into emitter: inout JSONEmitter) throws(LocatedWriteProblem) -> BoundingBoxAccumulator {
        var extent = BoundingBoxAccumulator()
        emitter.openObject()
        emitter.key("type", first: true)
        emitter.staticString("Feature")
        if let id = feature.id {
            emitter.key("id", first: false)
            try within(.key("id")) { () throws(LocatedWriteProblem) in try Self.id(id, into: &emitter) }
        }
        if let geometry = feature.geometry, options.writeBBox {
            extent = try within(.key("geometry")) { () throws(LocatedWriteProblem) in
                try encodeAside(geometry, emitter: &emitter)
            }
            if !extent.isEmpty {
                emitter.key("bbox", first: false)
                boundingBox(extent, into: &emitter)
            }
            emitter.key("geometry", first: false)
            emitter.buffer.append(geometryBytes)
        } else if let geometry = feature.geometry {
            emitter.key("geometry", first: false)
            var encoder = GeometryEncoder(coordinates: coordinates, includeZ: options.includeZ)
            try within(.key("geometry")) { () throws(LocatedWriteProblem) in try encoder.geometry(geometry, into: &emitter) }
        } else {
            emitter.key("geometry", first: false)
            emitter.raw("null")
        }
        emitter.key("properties", first: false)
        try within(.key("properties")) { () throws(LocatedWriteProblem) in try emitter.geoJSONObject(feature.properties) }
        try Self.foreignMembers(feature.foreignMembers, into: &emitter)
        emitter.closeObject(isEmpty: false)
        return extent
    }

    /// Writes the geometry into `geometryBytes` (at the emitter's indentation) and measures its
    /// extent, because `bbox` has to be written before `geometry`.
    private mutating func encodeAside(_ geometry: Geometry, emitter: inout JSONEmitter) throws(LocatedWriteProblem) -> BoundingBoxAccumulator {
        geometryBytes.removeAll()
        swap(&emitter.buffer, &geometryBytes)
        defer { swap(&emitter.buffer, &geometryBytes) }
        var encoder = GeometryEncoder(coordinates: coordinates, includeZ: options.includeZ)
        encoder.boundingBox = BoundingBoxAccumulator()
        try encoder.geometry(geometry, into: &emitter)
        return encoder.boundingBox ?? BoundingBoxAccumulator()
    }

    /// Writes `[west, south, east, north]` (or the 6-number 3D form) on one line.
    func boundingBox(_ extent: BoundingBoxAccumulator, into emitter: inout JSONEmitter) {
        emitter.raw("[")
        for (index, value) in extent.values.enumerated() {
            if index > 0 { emitter.inlineSeparator() }
            coordinates.append(value, to: emitter.buffer)
        }
        emitter.raw("]")
    }

    private static func id(_ id: FeatureID, into emitter: inout JSONEmitter) throws(LocatedWriteProblem) {
        switch id {
        case .string(let text):
            emitter.string(text)
        case .number(let number):
            guard number.isFinite else {
                throw LocatedWriteProblem(.nonFiniteNumber, "expected a finite number or a string for id, got \(number)")
            }
            emitter.number(number)
        }
    }

    /// Writes foreign members after the members already written, refusing reserved names.
    static func foreignMembers(_ members: JSONObject, into emitter: inout JSONEmitter) throws(LocatedWriteProblem) {
        for member in members.members {
            try within(.key(member.key)) { () throws(LocatedWriteProblem) in
                try checkForeignMemberName(member.key)
                emitter.key(member.key, first: false)
                try emitter.geoJSONValue(member.value)
            }
        }
    }

    static func checkForeignMemberName(_ name: String) throws(LocatedWriteProblem) {
        guard ReservedMemberNames.all.contains(name) else { return }
        throw LocatedWriteProblem(.reservedMemberName, "\"\(name)\" is reserved by GeoJSON and cannot be a foreign member")
    }
}
