import Testing
import TextFormats

@Suite struct JSONTextTests {
    @Test func rendersInOrderWithTheWritersNumbers() throws {
        let value: JSONValue = ["b": 1, "a": [1.5, "x\"y", nil, true], "c": ["z": 2e-7]]
        let text = try JSONText.render(value)
        #expect(text.hasPrefix(#"{"b":1,"a":[1.5,"x\"y",null,true],"c":{"z":"#))
        #expect(Double(text.dropFirst(text.count - 7).dropLast(2).split(separator: ":").last!) == 2e-7 || text.contains("2e-7") || text.contains("2e-07"))
        #expect(try JSONText.render(["k": []], pretty: true) == "{\n  \"k\": []\n}")
    }

    @Test func nonFiniteNumbersAreRefusedWithTheirPath() {
        #expect(throws: JSONWriteError.self) { try JSONText.render(["a": [1, .number(.nan)]]) }
        do {
            _ = try JSONText.render(["a": [1, .number(.infinity)]])
        } catch {
            #expect(error.path.contains("a") && error.path.contains("1"), "\(error.path)")
        }
    }
}
