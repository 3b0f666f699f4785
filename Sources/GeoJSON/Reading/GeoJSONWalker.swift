import TextFormats
/// Walks a parsed JSON value as GeoJSON, building the model and checking RFC 7946 rules.
///
/// The reader and the validator share it: in `.reading` mode the first problem is thrown and
/// rules a reader should tolerate (ring orientation, `bbox` contents, `crs`, misplaced members)
/// are skipped; in `.validating` mode every problem is collected and the walk goes on.
struct GeoJSONWalker {
    enum Mode {
        case reading
        case validating
    }

    static let geometryTypes: Set<String> = [
        "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection",
    ]

    let mode: Mode
    var problems: [GeoJSONProblem] = []
    var path: JSONPath
    /// Bounding boxes of the enclosing objects, checked against every position found inside.
    var enclosingBoxes: [DeclaredBoundingBox] = []

    init(mode: Mode, path: JSONPath = JSONPath()) {
        self.mode = mode
        self.path = path
    }

    // MARK: Reporting

    /// A broken rule that makes the document unreadable.
    mutating func report(_ message: String, at component: JSONPath.Component? = nil) throws(GeoJSONReadError) {
        var location = path
        if let component { location.push(component) }
        switch mode {
        case .reading: throw GeoJSONReadError(path: location.description, message: message)
        case .validating: problems.append(GeoJSONProblem(path: location.description, message: message))
        }
    }

    /// A broken rule that a reader tolerates; only the validator reports it.
    mutating func reportForValidation(_ message: String, at component: JSONPath.Component? = nil) {
        guard mode == .validating else { return }
        var location = path
        if let component { location.push(component) }
        problems.append(GeoJSONProblem(path: location.description, message: message))
    }

    /// Runs `body` with `component` added to the path.
    mutating func inside<Result>(
        _ component: JSONPath.Component, _ body: (inout GeoJSONWalker) throws(GeoJSONReadError) -> Result
    ) throws(GeoJSONReadError) -> Result {
        path.push(component)
        defer { path.pop() }
        return try body(&self)
    }

    // MARK: Top level

    /// Any GeoJSON object.
    mutating func object(_ value: JSONValue) throws(GeoJSONReadError) -> GeoJSONObject? {
        guard let object = value.objectValue else {
            try report("expected a GeoJSON object, got \(value.summary)")
            return nil
        }
        guard let type = try typeName(of: object) else { return nil }
        switch type {
        case "FeatureCollection": return try featureCollection(object).map(GeoJSONObject.featureCollection)
        case "Feature": return try feature(object).map(GeoJSONObject.feature)
        case _ where Self.geometryTypes.contains(type): return try geometry(object, type: type).map(GeoJSONObject.geometry)
        default:
            try report("expected \"type\" to be \"FeatureCollection\", \"Feature\" or a geometry type, got \"\(type)\"",
                       at: .key("type"))
            return nil
        }
    }

    /// The `type` member's string, reporting when it is missing or not a string.
    mutating func typeName(of object: JSONObject) throws(GeoJSONReadError) -> String? {
        guard let type = object["type"] else {
            try report("expected a \"type\" member")
            return nil
        }
        guard let name = type.stringValue else {
            try report("expected a string for \"type\", got \(type.summary)", at: .key("type"))
            return nil
        }
        return name
    }

    mutating func featureCollection(_ object: JSONObject) throws(GeoJSONReadError) -> FeatureCollection? {
        checkCommonMembers(of: object)
        reportMisplaced(["geometry", "properties", "coordinates", "geometries"], in: object, type: "FeatureCollection")
        let pushedBox = try declaredBoundingBox(in: object)
        defer { if pushedBox { enclosingBoxes.removeLast() } }
        guard let featuresValue = object["features"] else {
            try report("expected a \"features\" member (an array of Feature objects)")
            return nil
        }
        guard let elements = featuresValue.arrayValue else {
            try report("expected an array for \"features\", got \(featuresValue.summary)", at: .key("features"))
            return nil
        }
        var features: [Feature] = []
        features.reserveCapacity(elements.count)
        try inside(.key("features")) { (walker) throws(GeoJSONReadError) in
            for (index, element) in elements.enumerated() {
                let feature = try walker.inside(.index(index)) { (walker) throws(GeoJSONReadError) in
                    try walker.featureElement(element)
                }
                if let feature { features.append(feature) }
            }
        }
        return FeatureCollection(features: features, foreignMembers: Self.foreignMembers(of: object))
    }

    /// An element of `features`, which has to be a Feature object.
    private mutating func featureElement(_ value: JSONValue) throws(GeoJSONReadError) -> Feature? {
        guard let object = value.objectValue else {
            try report("expected a Feature object, got \(value.summary)")
            return nil
        }
        guard let type = try typeName(of: object) else { return nil }
        guard type == "Feature" else {
            try report("expected \"type\": \"Feature\", got \"\(type)\"", at: .key("type"))
            return nil
        }
        return try feature(object)
    }

    mutating func feature(_ object: JSONObject) throws(GeoJSONReadError) -> Feature? {
        checkCommonMembers(of: object)
        reportMisplaced(["features", "coordinates", "geometries"], in: object, type: "Feature")
        let pushedBox = try declaredBoundingBox(in: object)
        defer { if pushedBox { enclosingBoxes.removeLast() } }
        var isValid = true
        let id = try featureID(object["id"], isValid: &isValid)
        var geometry: Geometry?
        switch object["geometry"] {
        case nil:
            try report("expected a \"geometry\" member (a geometry object or null)")
            isValid = false
        case .null?:
            geometry = nil
        case let value?:
            geometry = try inside(.key("geometry")) { (walker) throws(GeoJSONReadError) in try walker.geometry(value) }
            isValid = isValid && geometry != nil
        }
        var properties = JSONObject()
        switch object["properties"] {
        case nil:
            try report("expected a \"properties\" member (an object or null)")
            isValid = false
        case .null?:
            break
        case .object(let members)?:
            properties = members
        case let value?:
            try report("expected an object or null for \"properties\", got \(value.summary)", at: .key("properties"))
            isValid = false
        }
        guard isValid else { return nil }
        return Feature(id: id, geometry: geometry, properties: properties, foreignMembers: Self.foreignMembers(of: object))
    }

    private mutating func featureID(_ value: JSONValue?, isValid: inout Bool) throws(GeoJSONReadError) -> FeatureID? {
        switch value {
        case nil: return nil
        case .string(let string)?: return .string(string)
        case .number(let number)?: return .number(number)
        case let value?:
            try report("expected a string or a number for \"id\", got \(value.summary)", at: .key("id"))
            isValid = false
            return nil
        }
    }

    // MARK: Member rules

    /// `crs` was removed by RFC 7946 §4.
    mutating func checkCommonMembers(of object: JSONObject) {
        if object["crs"] != nil {
            reportForValidation("\"crs\" is not allowed: RFC 7946 §4 removed it; coordinates are always WGS 84 lon/lat",
                                at: .key("crs"))
        }
    }

    /// RFC 7946 §7.1: members that would change the meaning of an object of `type`.
    mutating func reportMisplaced(_ names: [String], in object: JSONObject, type: String) {
        for name in names where object[name] != nil {
            reportForValidation("a \(type) must not have a \"\(name)\" member", at: .key(name))
        }
    }

    static func foreignMembers(of object: JSONObject) -> JSONObject {
        JSONObject(object.members.lazy.filter { !ReservedMemberNames.all.contains($0.key) }.map { ($0.key, $0.value) })
    }
}
