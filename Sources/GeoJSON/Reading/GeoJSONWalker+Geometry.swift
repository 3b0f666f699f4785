import TextFormats
extension GeoJSONWalker {
    /// A value that has to be a geometry object.
    mutating func geometry(_ value: JSONValue) throws(GeoJSONReadError) -> Geometry? {
        guard let object = value.objectValue else {
            try report("expected a geometry object or null, got \(value.summary)")
            return nil
        }
        guard let type = try typeName(of: object) else { return nil }
        guard Self.geometryTypes.contains(type) else {
            try report("expected \"type\" to be a geometry type (Point, MultiPoint, LineString, MultiLineString, "
                       + "Polygon, MultiPolygon, GeometryCollection), got \"\(type)\"", at: .key("type"))
            return nil
        }
        return try geometry(object, type: type)
    }

    /// A geometry object whose `type` is the geometry type `type`.
    mutating func geometry(_ object: JSONObject, type: String) throws(GeoJSONReadError) -> Geometry? {
        checkCommonMembers(of: object)
        reportMisplaced(["geometry", "properties", "features"], in: object, type: type)
        let pushedBox = try declaredBoundingBox(in: object)
        defer { if pushedBox { enclosingBoxes.removeLast() } }
        if type == "GeometryCollection" {
            guard let elements = try requiredArray("geometries", in: object, what: "geometry objects") else { return nil }
            let members = try inside(.key("geometries")) { (walker) throws(GeoJSONReadError) in
                try walker.list(elements) { (walker, element) throws(GeoJSONReadError) in try walker.geometry(element) }
            }
            return members.map(Geometry.geometryCollection)
        }
        guard let coordinates = object["coordinates"] else {
            try report("expected a \"coordinates\" member")
            return nil
        }
        return try inside(.key("coordinates")) { (walker) throws(GeoJSONReadError) in
            try walker.coordinates(coordinates, type: type)
        }
    }

    private mutating func coordinates(_ value: JSONValue, type: String) throws(GeoJSONReadError) -> Geometry? {
        switch type {
        case "Point":
            return try position(value).map(Geometry.point)
        case "MultiPoint":
            return try positions(value).map(Geometry.multiPoint)
        case "LineString":
            return try lineString(value).map(Geometry.lineString)
        case "MultiLineString":
            guard let lines = try array(value, of: "line strings") else { return nil }
            return try list(lines) { (walker, line) throws(GeoJSONReadError) in try walker.lineString(line) }
                .map(Geometry.multiLineString)
        case "Polygon":
            return try polygon(value).map(Geometry.polygon)
        default: // "MultiPolygon"
            guard let polygons = try array(value, of: "polygons") else { return nil }
            return try list(polygons) { (walker, polygon) throws(GeoJSONReadError) in try walker.polygon(polygon) }
                .map(Geometry.multiPolygon)
        }
    }

    private mutating func lineString(_ value: JSONValue) throws(GeoJSONReadError) -> [Position]? {
        guard let positions = try positions(value) else { return nil }
        guard positions.count >= 2 else {
            try report("expected a LineString of at least 2 positions, got \(positions.count)")
            return nil
        }
        return positions
    }

    private mutating func polygon(_ value: JSONValue) throws(GeoJSONReadError) -> [[Position]]? {
        guard let rings = try array(value, of: "linear rings") else { return nil }
        var result: [[Position]] = []
        var isValid = true
        for (index, ringValue) in rings.enumerated() {
            let ring = try inside(.index(index)) { (walker) throws(GeoJSONReadError) in
                try walker.ring(ringValue, isExterior: index == 0)
            }
            if let ring { result.append(ring) } else { isValid = false }
        }
        return isValid ? result : nil
    }

    private mutating func ring(_ value: JSONValue, isExterior: Bool) throws(GeoJSONReadError) -> [Position]? {
        guard let ring = try positions(value) else { return nil }
        if let problem = RingRules.shapeProblem(of: ring) ?? RingRules.degeneracyProblem(of: ring) {
            try report(problem)
            return nil
        }
        if RingRules.needsReversal(doubledSignedArea: RingRules.doubledSignedArea(of: ring), isExterior: isExterior) {
            reportForValidation(isExterior
                ? "exterior ring is clockwise; RFC 7946 §3.1.6 requires exterior rings to be counter-clockwise"
                : "hole is counter-clockwise; RFC 7946 §3.1.6 requires holes to be clockwise")
        }
        return ring
    }

    private mutating func positions(_ value: JSONValue) throws(GeoJSONReadError) -> [Position]? {
        guard let elements = try array(value, of: "positions") else { return nil }
        return try list(elements) { (walker, element) throws(GeoJSONReadError) in try walker.position(element) }
    }

    /// `[lon, lat]` or `[lon, lat, z]`, in range.
    mutating func position(_ value: JSONValue) throws(GeoJSONReadError) -> Position? {
        guard let numbers = value.arrayValue else {
            try report("expected a position [lon, lat] or [lon, lat, z], got \(value.summary)")
            return nil
        }
        guard numbers.count == 2 || numbers.count == 3 else {
            try report("expected a position of 2 or 3 numbers [lon, lat(, z)], got \(numbers.count)")
            return nil
        }
        var values: [Double] = []
        for (index, element) in numbers.enumerated() {
            guard let number = element.numberValue else {
                let member = PositionRules.Member(rawValue: index)!.name
                try report("expected a number for \(member), got \(element.summary)", at: .index(index))
                return nil
            }
            values.append(number)
        }
        let position = Position(longitude: values[0], latitude: values[1], altitude: values.count == 3 ? values[2] : nil)
        if let violation = PositionRules.violation(of: position) {
            try report(violation.message, at: .index(violation.member.rawValue))
            return nil
        }
        checkEnclosingBoxes(contain: position)
        return position
    }

    /// An array, reporting `expected an array of <what>` otherwise.
    private mutating func array(_ value: JSONValue, of what: String) throws(GeoJSONReadError) -> [JSONValue]? {
        guard let elements = value.arrayValue else {
            try report("expected an array of \(what), got \(value.summary)")
            return nil
        }
        return elements
    }

    private mutating func requiredArray(_ name: String, in object: JSONObject, what: String) throws(GeoJSONReadError) -> [JSONValue]? {
        guard let value = object[name] else {
            try report("expected a \"\(name)\" member (an array of \(what))")
            return nil
        }
        guard let elements = value.arrayValue else {
            try report("expected an array of \(what), got \(value.summary)", at: .key(name))
            return nil
        }
        return elements
    }

    /// Converts every element (each under its index in the path); `nil` if any failed.
    private mutating func list<Element>(
        _ elements: [JSONValue], _ convert: (inout GeoJSONWalker, JSONValue) throws(GeoJSONReadError) -> Element?
    ) throws(GeoJSONReadError) -> [Element]? {
        var result: [Element] = []
        result.reserveCapacity(elements.count)
        var isValid = true
        for (index, element) in elements.enumerated() {
            let converted = try inside(.index(index)) { (walker) throws(GeoJSONReadError) in try convert(&walker, element) }
            if let converted { result.append(converted) } else { isValid = false }
        }
        return isValid ? result : nil
    }
}
