/// A refusal found while encoding, carrying the path from the point of encoding where it was
/// caught. Each enclosing level adds its own step on the way out, so the success path pays nothing.
/// `Reason` is the writer's kind of problem (``JSONValueRefusal`` here, the GeoJSON writer's own there).
package struct LocatedProblem<Reason: Sendable>: Error {
    package let reason: Reason
    package let message: String
    /// Steps from the innermost outwards.
    package private(set) var reversedComponents: [JSONPath.Component] = []

    package init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    package var path: JSONPath { JSONPath(reversedComponents.reversed()) }

    package mutating func addOuter(_ component: JSONPath.Component) {
        reversedComponents.append(component)
    }
}

/// What the JSON emitter refuses in a value.
package enum JSONValueRefusal: Sendable, Equatable {
    /// NaN or ±infinity.
    case nonFiniteNumber
}

/// Runs `body`, adding `component` to the path of any problem it throws.
@inline(__always)
package func within<Result, Reason>(
    _ component: JSONPath.Component, _ body: () throws(LocatedProblem<Reason>) -> Result
) throws(LocatedProblem<Reason>) -> Result {
    do {
        return try body()
    } catch {
        var located = error
        located.addOuter(component)
        throw located
    }
}
