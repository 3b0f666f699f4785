import TextFormats
/// A `bbox` member being checked against the positions inside its object.
struct DeclaredBoundingBox {
    let west: Double
    let south: Double
    let east: Double
    let north: Double
    let path: String
    var hasReportedOutsidePosition = false

    /// West greater than east means the box crosses the antimeridian (RFC 7946 §5.2).
    func contains(_ position: Position) -> Bool {
        guard (south...north).contains(position.latitude) else { return false }
        if west <= east { return (west...east).contains(position.longitude) }
        return position.longitude >= west || position.longitude <= east
    }
}

extension GeoJSONWalker {
    /// Checks the object's `bbox` (validation only) and, when it is well-formed, starts checking
    /// positions against it. Returns whether a box was pushed on `enclosingBoxes`.
    mutating func declaredBoundingBox(in object: JSONObject) throws(GeoJSONReadError) -> Bool {
        guard mode == .validating, let value = object["bbox"] else { return false }
        path.push(.key("bbox"))
        defer { path.pop() }
        guard let elements = value.arrayValue else {
            reportForValidation("expected a bbox array [west, south, east, north], got \(value.summary)")
            return false
        }
        guard elements.count == 4 || elements.count == 6 else {
            reportForValidation("expected a bbox of 4 or 6 numbers, got \(elements.count)")
            return false
        }
        let numbers = elements.compactMap(\.numberValue)
        guard numbers.count == elements.count else {
            reportForValidation("expected only numbers in bbox")
            return false
        }
        let half = numbers.count / 2
        let (west, south, east, north) = (numbers[0], numbers[1], numbers[half], numbers[half + 1])
        var isValid = true
        for (value, index, range) in [(west, 0, PositionRules.longitudeRange), (east, half, PositionRules.longitudeRange),
                                      (south, 1, PositionRules.latitudeRange), (north, half + 1, PositionRules.latitudeRange)]
            where !range.contains(value) {
            reportForValidation("expected a bbox value in [\(Int(range.lowerBound)), \(Int(range.upperBound))], got \(PropertyNumberFormat.text(value))",
                                at: .index(index))
            isValid = false
        }
        if south > north {
            reportForValidation("bbox south \(PropertyNumberFormat.text(south)) is greater than north \(PropertyNumberFormat.text(north))")
            isValid = false
        }
        if half == 3 && numbers[2] > numbers[5] {
            reportForValidation("bbox minimum altitude \(PropertyNumberFormat.text(numbers[2])) is greater than maximum \(PropertyNumberFormat.text(numbers[5]))")
        }
        guard isValid else { return false }
        enclosingBoxes.append(DeclaredBoundingBox(west: west, south: south, east: east, north: north, path: path.description))
        return true
    }

    /// Reports (once per box) a position outside an enclosing `bbox`, which for a box with
    /// west > east means the geometry does not actually cross the antimeridian the way the box says.
    mutating func checkEnclosingBoxes(contain position: Position) {
        for index in enclosingBoxes.indices where !enclosingBoxes[index].hasReportedOutsidePosition {
            guard !enclosingBoxes[index].contains(position) else { continue }
            enclosingBoxes[index].hasReportedOutsidePosition = true
            let box = enclosingBoxes[index]
            let crossing = box.west > box.east ? " (west > east: a box across the antimeridian)" : ""
            problems.append(GeoJSONProblem(
                path: box.path,
                message: "bbox\(crossing) does not contain the position at \(path)"))
        }
    }
}
