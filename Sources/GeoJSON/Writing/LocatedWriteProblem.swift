import TextFormats

/// A refusal of the GeoJSON writer with the path inside the output where it was found.
typealias LocatedWriteProblem = LocatedProblem<GeoJSONWriteError.Reason>

extension LocatedProblem<GeoJSONWriteError.Reason> {
    /// The GeoJSON writer's form of a refusal inside a JSON value (property, foreign member).
    init(_ refusal: LocatedProblem<JSONValueRefusal>) {
        self.init(.nonFiniteNumber, refusal.message)
        for component in refusal.reversedComponents { addOuter(component) }
    }
}

extension JSONEmitter {
    /// A JSON value, its refusals as the GeoJSON writer's.
    mutating func geoJSONValue(_ value: JSONValue) throws(LocatedWriteProblem) {
        do { try self.value(value) } catch { throw LocatedWriteProblem(error) }
    }

    /// A JSON object, its refusals as the GeoJSON writer's.
    mutating func geoJSONObject(_ object: JSONObject) throws(LocatedWriteProblem) {
        do { try self.object(object) } catch { throw LocatedWriteProblem(error) }
    }
}
