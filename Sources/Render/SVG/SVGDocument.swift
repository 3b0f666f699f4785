/// A whole SVG document of a fixed pixel size: the root element with its namespace, size and viewBox,
/// written with an XML declaration.
struct SVGDocument: Sendable {
    var width: Int
    var height: Int
    var title: String
    var body: [SVGElement]

    /// The document as text, ending with a newline.
    func text() -> String {
        var root = SVGElement("svg", [
            "xmlns": "http://www.w3.org/2000/svg",
            "width": String(width), "height": String(height),
            "viewBox": "0 0 \(width) \(height)",
            "font-family": "DejaVu Sans, Verdana, Arial, sans-serif",
        ])
        root.append(SVGElement("title", text: title))
        root.append(contentsOf: body)
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        root.write(into: &output)
        return output
    }
}
