extension JSONValue {
    /// A short description for "got …" in messages: `200`, `"Point"`, `an array of 3 elements`.
    package var summary: String {
        switch self {
        case .null: return "null"
        case .bool(let bool): return bool ? "true" : "false"
        case .number(let number): return PropertyNumberFormat.text(number)
        case .string(let string):
            let shown = string.count > 40 ? string.prefix(40) + "…" : Substring(string)
            return "\"\(shown)\""
        case .array(let elements): return elements.count == 1 ? "an array of 1 element" : "an array of \(elements.count) elements"
        case .object: return "an object"
        }
    }
}
