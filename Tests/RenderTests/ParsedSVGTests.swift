import Testing

/// The test parser must refuse what is not well-formed, or the map and profile tests prove nothing.
@Suite struct ParsedSVGTests {
    @Test(arguments: ["<a><b></a>", "<a>x & y</a>", "<a x=\"1\" x=\"2\"/>", "<a/><b/>", "<a>"])
    func refusesMalformedXML(_ text: String) {
        #expect(throws: SVGParseError.self) { try parseSVG(text) }
    }

    @Test func readsEscapedText() throws {
        let root = try parseSVG("<svg><text k=\"&quot;&amp;&lt;\">A &amp; B &lt;c&gt;</text></svg>")
        let text = try #require(root.elements("text").first)
        #expect(text.allText == "A & B <c>")
        #expect(text["k"] == "\"&<")
    }
}
