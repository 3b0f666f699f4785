/// Appends JSON tokens to a byte buffer, compact or indented by two spaces.
///
/// Callers say whether each member or element is the first, so no nesting stack is kept.
struct JSONEmitter {
    /// The output; swapped out by callers that write a value aside.
    var buffer = ByteBuffer()
    let pretty: Bool
    /// Nesting level for indentation; restored by callers that abandon a half-written value.
    var depth = 0

    init(pretty: Bool) {
        self.pretty = pretty
    }

    func raw(_ text: StaticString) {
        buffer.append(text)
    }

    mutating func openObject() {
        raw("{")
        depth += 1
    }

    mutating func closeObject(isEmpty: Bool) {
        depth -= 1
        if pretty && !isEmpty { newlineAndIndent() }
        raw("}")
    }

    mutating func openArray() {
        raw("[")
        depth += 1
    }

    mutating func closeArray(isEmpty: Bool) {
        depth -= 1
        if pretty && !isEmpty { newlineAndIndent() }
        raw("]")
    }

    /// Starts a member whose name needs no escaping.
    mutating func key(_ name: StaticString, first: Bool) {
        separator(first: first)
        raw("\"")
        raw(name)
        raw(pretty ? "\": " : "\":")
    }

    mutating func key(_ name: String, first: Bool) {
        separator(first: first)
        JSONStringEscaping.appendQuoted(name, to: buffer)
        raw(pretty ? ": " : ":")
    }

    /// Starts an element of an array written one element per line when pretty.
    mutating func element(first: Bool) {
        separator(first: first)
    }

    /// Separates numbers inside a one-line array such as a position.
    func inlineSeparator() {
        raw(pretty ? ", " : ",")
    }

    func string(_ text: String) {
        JSONStringEscaping.appendQuoted(text, to: buffer)
    }

    func staticString(_ text: StaticString) {
        raw("\"")
        raw(text)
        raw("\"")
    }

    /// A finite number outside coordinates.
    func number(_ value: Double) {
        PropertyNumberFormat.append(value, to: buffer)
    }

    /// Any JSON value; refuses non-finite numbers, naming the path inside the value.
    mutating func value(_ value: JSONValue) throws(LocatedWriteProblem) {
        switch value {
        case .null: raw("null")
        case .bool(let bool): bool ? raw("true") : raw("false")
        case .string(let text): string(text)
        case .number(let number):
            guard number.isFinite else {
                throw LocatedWriteProblem(.nonFiniteNumber, "expected a finite number, got \(number)")
            }
            self.number(number)
        case .array(let elements):
            openArray()
            for (index, element) in elements.enumerated() {
                self.element(first: index == 0)
                try within(.index(index)) { () throws(LocatedWriteProblem) in try self.value(element) }
            }
            closeArray(isEmpty: elements.isEmpty)
        case .object(let object):
            try self.object(object)
        }
    }

    mutating func object(_ object: JSONObject) throws(LocatedWriteProblem) {
        openObject()
        for (index, member) in object.members.enumerated() {
            key(member.key, first: index == 0)
            try within(.key(member.key)) { () throws(LocatedWriteProblem) in try value(member.value) }
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
