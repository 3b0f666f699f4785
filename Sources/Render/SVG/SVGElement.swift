/// One SVG element: a name, attributes in the order given, and children. Writing escapes every
/// attribute value and text, so callers pass plain strings.
struct SVGElement: Sendable {
    var name: String
    var attributes: [(name: String, value: String)]
    var children: [SVGNode]

    /// Creates an element; attributes whose value is `nil` are left out.
    init(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], children: [SVGNode] = []) {
        self.name = name
        self.attributes = attributes.compactMap { pair in pair.value.map { (pair.key, $0) } }
        self.children = children
    }

    /// Creates an element holding only text (e.g. `<text>`, `<title>`).
    init(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String) {
        self.init(name, attributes, children: [.text(text)])
    }

    /// Adds an attribute (or does nothing for `nil`).
    mutating func set(_ name: String, _ value: String?) {
        if let value { attributes.append((name, value)) }
    }

    /// Appends a child element.
    mutating func append(_ child: SVGElement) { children.append(.element(child)) }

    /// Appends child elements.
    mutating func append(contentsOf elements: [SVGElement]) { children += elements.map(SVGNode.element) }

    /// The element as XML, one element per line; elements holding only text stay on one line.
    func write(into output: inout String, depth: Int = 0) {
        output += String(repeating: "  ", count: depth)
        output += "<" + name
        for attribute in attributes {
            output += " " + attribute.name + "=\"" + XMLText.escapedAttribute(attribute.value) + "\""
        }
        if children.isEmpty {
            output += "/>\n"
            return
        }
        if children.allSatisfy(\.isText) {
            output += ">"
            for case .text(let text) in children { output += XMLText.escapedText(text) }
            output += "</" + name + ">\n"
            return
        }
        output += ">\n"
        for child in children {
            switch child {
            case .element(let element): element.write(into: &output, depth: depth + 1)
            case .text(let text): output += String(repeating: "  ", count: depth + 1) + XMLText.escapedText(text) + "\n"
            }
        }
        output += String(repeating: "  ", count: depth) + "</" + name + ">\n"
    }
}

/// A child of an ``SVGElement``.
enum SVGNode: Sendable {
    case element(SVGElement)
    case text(String)

    var isText: Bool {
        if case .text = self { return true }
        return false
    }
}
