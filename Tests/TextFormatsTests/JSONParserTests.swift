import GeoJSON
import Testing
import TextFormats

@Suite struct JSONParserTests {
    func syntaxError(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func parsesValuesKeepingMemberOrder() throws {
        let value = try JSONParser.parse(#"{"z": 1, "a": [true, false, null, -2.5e2, "x\u00e9\ud83d\ude82\n"], "m": {}}"#)
        let object = try #require(value.objectValue)
        #expect(object.keys == ["z", "a", "m"])
        #expect(object["a"] == [true, false, nil, -250.0, "xé🚂\n"])
        #expect(object["m"] == .object([:]))
    }

    @Test func reportsLineAndColumnOfTheFirstError() {
        let error = syntaxError("{\n  \"a\": 1,\n  \"b\": 2 \"c\": 3\n}")
        #expect(error?.line == 3)
        #expect(error?.column == 10)
        #expect(error?.description == "invalid JSON at line 3, column 10: expected ',' or '}'")
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(syntaxError(#"["é", x]"#)?.column == 7)
    }

    @Test(arguments: [
        ("[1,]", "expected a JSON value"),
        ("{\"a\" 1}", "expected ':'"),
        ("[01]", "expected ',' or ']'"),
        ("[1.]", "expected a digit"),
        ("NaN", "expected a JSON value"),
        ("[1e999]", "number 1e999 is too large for a 64-bit floating-point value"),
        ("\"a\u{1}\"", "control character U+0001 must be escaped in a string"),
        ("\"\\x\"", "invalid escape '\\x'"),
        ("\"\\ud800\"", "expected a low surrogate \\uDC00-\\uDFFF after a high surrogate"),
        ("{} {}", "expected end of input after the JSON value"),
        ("[1, 2", "unexpected end of input; expected ',' or ']'"),
    ])
    func rejectsInvalidJSON(text: String, expectation: String) {
        #expect(syntaxError(text)?.expectation == expectation)
    }

    @Test func rejectsNestingBeyondTheLimit() {
        let deep = String(repeating: "[", count: JSONParser.maximumDepth + 1) + String(repeating: "]", count: JSONParser.maximumDepth + 1)
        #expect(syntaxError(deep)?.expectation.hasPrefix("nesting deeper") == true)
    }

    /// Duplicate names used to keep the last value silently (`{"id": "a", "id": "b"}` was incident b).
    @Test func rejectsDuplicateMemberNamesAtTheSecondName() {
        let error = syntaxError("{\"id\": \"a\",\n \"id\": \"b\"}")
        #expect(error?.expectation == "duplicate member name \"id\" (each name may appear once in an object)")
        #expect(error?.line == 2 && error?.column == 2)
        #expect(syntaxError("{\"a\": {\"id\": 1}, \"b\": {\"id\": 2}}") == nil, "the same name in different objects is fine")
    }

    @Test func rejectsOverlongNumbers() {
        #expect(syntaxError("[" + String(repeating: "1", count: 101) + "]")?.expectation == "number is longer than 100 characters")
        #expect(syntaxError("[0." + String(repeating: "0", count: 97) + "]") == nil)
    }

    @Test func skipsByteOrderMark() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == [1])
    }
}
