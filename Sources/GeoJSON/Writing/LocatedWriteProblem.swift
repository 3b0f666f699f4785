/// A refusal found while encoding, carrying the path from the point of encoding where it was
/// caught. Each enclosing level adds its own step on the way out, so the success path pays nothing.
struct LocatedWriteProblem: Error {
    let reason: GeoJSONWriteError.Reason
    let message: String
    /// Steps from the innermost outwards.
    private(set) var reversedComponents: [JSONPath.Component] = []

    init(_ reason: GeoJSONWriteError.Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    var path: JSONPath { JSONPath(reversedComponents.reversed()) }

    mutating func addOuter(_ component: JSONPath.Component) {
        reversedComponents.append(component)
    }
}

/// Runs `body`, adding `component` to the path of any problem it throws.
@inline(__always)
func within<Result>(
    _ component: JSONPath.Component, _ body: () throws(LocatedWriteProblem) -> Result
) throws(LocatedWriteProblem) -> Result {
    do {
        return try body()
    } catch {
        var located = error
        located.addOuter(component)
        throw located
    }
}
