import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An element of a parsed SVG document, for assertions.
final class ParsedElement {
    let name: String
    let attributes: [String: String]
    var children: [ParsedElement] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    subscript(_ attribute: String) -> String? { attributes[attribute] }

    /// A numeric attribute.
    func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }

    /// This element and every descendant, in document order.
    var all: [ParsedElement] { [self] + children.flatMap(\.all) }

    /// Descendants (and self) named `name`, optionally with `class` equal to `className`.
    func elements(_ name: String, class className: String? = nil) -> [ParsedElement] {
        all.filter { $0.name == name && (className == nil || $0["class"] == className) }
    }

    /// The first descendant (or self) with this `id`.
    func element(id: String) -> ParsedElement? { all.first { $0["id"] == id } }

    /// All text inside, concatenated.
    var allText: String { text + children.map(\.allText).joined() }
}

enum SVGParseError: Error {
    case malformed(String)
}

/// Parses SVG text with Foundation's event-driven `XMLParser` (libxml2), which, unlike
/// `XMLDocument(xmlString:)` on Linux, reports malformed input instead of repairing it.
func parseSVG(_ text: String) throws -> ParsedElement {
    let parser = XMLParser(data: Data(text.utf8))
    let builder = TreeBuilder()
    parser.delegate = builder
    let ok = parser.parse()
    guard ok, parser.parserError == nil, builder.stack.isEmpty, let root = builder.root else {
        throw SVGParseError.malformed(parser.parserError.map { "\($0)" } ?? "unbalanced document")
    }
    return root
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: ParsedElement?
    var stack: [ParsedElement] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        let element = ParsedElement(name: elementName, attributes: attributeDict)
        if let parent = stack.last { parent.children.append(element) } else if root == nil { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if stack.last?.name == elementName { stack.removeLast() } else { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }
}
