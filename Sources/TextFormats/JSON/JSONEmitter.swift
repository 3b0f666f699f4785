/// Appends JSON tokens to a byte buffer, compact or indented by two spaces.
///
/// Callers say whether each member or element is the first, so no nesting stack is kept.
package struct JSONEmitter {
    /// The output; swapped out by callers that write a value aside.
    package var buffer = ByteBuffer()
    package let pretty: Bool
    /// Nesting level for indentation; restored by callers that abandon a half-written value.
    package var depth = 0

    package init(pretty: Bool) {
        self.pretty = pretty
    }

    package func raw(_ text: StaticString) {
        buffer.append(text)
    }

    package mutating func openObject() {
        raw("{")
        depth += 1
    }

    package mutating func closeObject(isEmpty: Bool) {
        depth -= 1
        if pretty && !isEmpty { newlineAndIndent() }
        raw("}")
    }

    package mutating func openArray() {
        raw("[")
        depth += 1
    }

    package mutating func closeArray(isEmpty: Bool) {
        depth -= 1
        if pretty && !isEmpty { newlineAndIndent() }
        raw("]")
    }

    /// Starts a member whose name needs no escaping.
    package mutating func key(_ name: StaticString, first: Bool) {
        separator(first: first)
        raw("\"")
        raw(name)
        raw(pretty ? "\": " : "\":")
    }

    package mutating func key(_ name: String, first: Bool) {
        separator(first: first)
        JSONStringEscaping.appendQuoted(name, to: buffer)
        raw(pretty ? ": " : ":")
    }

    /// Starts an element of an array written one element per line when pretty.
    package mutating func element(first: Bool) {
        separator(first: first)
    }

    /// Separates numbers inside a one-line array such as a position.
    package func inlineSeparator() {
        raw(pretty ? ", " : ",")
    }

    package func string(_ text: String) {
        JSONStringEscaping.appendQuoted(text, to: buffer)
    }

    package func staticString(_ text: StaticString) {
        raw("\"")
        raw(text)
        raw("\"")
    }

    /// A finite number outside coordinates.
    package func number(_ value: Double) {
        PropertyNumberFormat.append(value, to: buffer)
    }

    /// Any JSON value; refuses non-finite numbers, naming the path inside the value.
    package mutating func value(_ value: JSONValue) throws(LocatedProblem<JSONValueRefusal>) {
        switch value {
        case .null: raw("null")
        case .bool(let bool): bool ? raw("true") : raw("false")
        case .string(let text): string(text)
        case .number(let number):
            guard number.isFinite else {
                throw LocatedProblem(JSONValueRefusal.nonFiniteNumber, "expected a finite number, got \(number)")
            }
            self.number(number)
        case .array(let elements):
            openArray()
            for (index, element) in elements.enumerated() {
                self.element(first: index == 0)
                try within(.index(index)) { () throws(LocatedProblem<JSONValueRefusal>) in try self.value(element) }
            }
            closeArray(isEmpty: elements.isEmpty)
        case .object(let object):
            try self.object(object)
        }
    }

    package mutating func object(_ object: JSONObject) throws(LocatedProblem<JSONValueRefusal>) {
        openObject()
        for (index, member) in object.members.enumerated() {
            key(member.key, first: index == 0)
            try within(.key(member.key)) { () throws(LocatedProblem<JSONValueRefusal>) in try value(member.value) }
        }
        closeObject(isEmpty: object.isEmpty)
    }

    private mutating func separator(first: Bool) {
        if !first { raw(",") }
        if pretty { newlineAndIndent() }
    }

    private mutating func newlineAndIndent() {
        raw("\n")
        for _ in 0..<depth { raw("  ") }
    }
}
