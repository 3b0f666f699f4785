/// A location inside a JSON document, rendered like `features[3].geometry.coordinates[0][5]`.
package struct JSONPath: Sendable, Equatable, CustomStringConvertible {
    /// One step: an object member or an array element.
    package enum Component: Sendable, Equatable {
        case key(String)
        case index(Int)
    }

    package private(set) var components: [Component] = []

    package init(_ components: [Component] = []) { self.components = components }

    package mutating func push(_ component: Component) { components.append(component) }
    package mutating func pop() { components.removeLast() }

    package func prepending(_ prefix: [Component]) -> JSONPath {
        JSONPath(prefix + components)
    }

    /// Keys that are plain identifiers are written with a dot, others as `["quoted key"]`.
    package var description: String {
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key) where Self.isIdentifier(key):
                text += text.isEmpty ? key : ".\(key)"
            case .key(let key):
                text += "[\"\(key.replacingQuotesAndBackslashes())\"]"
            }
        }
        return text
    }

    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return key.utf8.allSatisfy { byte in
            byte == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
    }
}

private extension String {
    package func replacingQuotesAndBackslashes() -> String {
        var escaped = ""
        for character in self {
            if character == "\"" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
