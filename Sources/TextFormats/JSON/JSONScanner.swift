/// The recursive-descent parser behind ``JSONParser``, over a byte range of a larger buffer so
/// that records of a sequence report lines and columns of the whole input.
package struct JSONScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let end: Int
    package private(set) var position: Int
    private var depth = 0

    package init(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        self.bytes = bytes
        end = range.upperBound
        position = range.lowerBound
    }

    /// One value with only whitespace (and an optional byte order mark) around it.
    package mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        if end - position >= 3 && bytes[position] == 0xEF && bytes[position + 1] == 0xBB && bytes[position + 2] == 0xBF {
            position += 3
        }
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard position == end else { throw error("expected end of input after the JSON value") }
        return value
    }

    /// One value from the current position, leaving `position` just after it.
    package mutating func parseValueForSplitting() throws(JSONSyntaxError) -> JSONValue {
        try parseValue()
    }

    package mutating func skipWhitespace() {
        while position < end {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    package func error(_ expectation: String) -> JSONSyntaxError {
        let text = position >= end ? "unexpected end of input; \(expectation)" : expectation
        return JSONSyntaxError(at: position, in: bytes, expectation: text)
    }

    private var current: UInt8? { position < end ? bytes[position] : nil }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard let byte = current else { throw error("expected a JSON value") }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("expected a JSON value")
        }
    }

    private mutating func enterContainer() throws(JSONSyntaxError) {
        depth += 1
        guard depth <= JSONParser.maximumDepth else {
            throw error("nesting deeper than \(JSONParser.maximumDepth) levels")
        }
        position += 1
        skipWhitespace()
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enterContainer()
        var members: [(key: String, value: JSONValue)] = []
        var names = Set<String>()
        if current == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(JSONObject())
        }
        while true {
            guard current == UInt8(ascii: "\"") else { throw error("expected a member name in double quotes") }
            let keyStart = position
            let key = try parseString()
            guard names.insert(key).inserted else {
                position = keyStart
                throw error("duplicate member name \"\(key)\" (each name may appear once in an object)")
            }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error("expected ':'") }
            position += 1
            skipWhitespace()
            members.append((key, try parseValue()))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","):
                position += 1
                skipWhitespace()
            case UInt8(ascii: "}"):
                position += 1
                depth -= 1
                return .object(JSONObject(uniqueMembers: members))
            default:
                throw error("expected ',' or '}'")
            }
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enterContainer()
        var elements: [JSONValue] = []
        if current == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","):
                position += 1
                skipWhitespace()
            case UInt8(ascii: "]"):
                position += 1
                depth -= 1
                return .array(elements)
            default:
                throw error("expected ',' or ']'")
            }
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let count = literal.utf8CodeUnitCount
        guard end - position >= count,
              UnsafeBufferPointer(start: literal.utf8Start, count: count).elementsEqual(bytes[position..<position + count])
        else { throw error("expected a JSON value") }
        position += count
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = position
        if current == UInt8(ascii: "-") { position += 1 }
        if current == UInt8(ascii: "0") {
            position += 1
        } else {
            try digits()
        }
        if current == UInt8(ascii: ".") {
            position += 1
            try digits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            try digits()
        }
        guard position - start <= JSONParser.maximumNumberLength else {
            position = start
            throw error("number is longer than \(JSONParser.maximumNumberLength) characters")
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            position = start
            throw error("number \(text) is too large for a 64-bit floating-point value")
        }
        return value
    }

    private mutating func digits() throws(JSONSyntaxError) {
        guard let first = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            throw error("expected a digit")
        }
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { position += 1 }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        position += 1 // opening quote
        var utf8: [UInt8] = []
        var runStart = position
        while true {
            guard let byte = current else { throw error("expected '\"' to end the string") }
            switch byte {
            case UInt8(ascii: "\""):
                utf8.append(contentsOf: bytes[runStart..<position])
                position += 1
                guard let string = String(validating: utf8, as: UTF8.self) else {
                    position = runStart
                    throw error("string is not valid UTF-8")
                }
                return string
            case UInt8(ascii: "\\"):
                utf8.append(contentsOf: bytes[runStart..<position])
                try parseEscape(into: &utf8)
                runStart = position
            case ..<0x20:
                throw error("control character U+00\(String(byte, radix: 16, uppercase: true).leftPadded(to: 2)) must be escaped in a string")
            default:
                position += 1
            }
        }
    }

    private mutating func parseEscape(into utf8: inout [UInt8]) throws(JSONSyntaxError) {
        position += 1 // backslash
        guard let byte = current else { throw error("expected an escape character after '\\'") }
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(byte)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
            var scalarValue = UInt32(try hexQuad())
            if (0xD800...0xDBFF).contains(scalarValue) {
                guard current == UInt8(ascii: "\\"), position + 1 < end, bytes[position + 1] == UInt8(ascii: "u") else {
                    throw error("expected a low surrogate \\uDC00-\\uDFFF after a high surrogate")
                }
                position += 2
                let low = UInt32(try hexQuad())
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error("expected a low surrogate \\uDC00-\\uDFFF after a high surrogate")
                }
                scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(scalarValue) else {
                throw error("lone surrogate \\u\(String(scalarValue, radix: 16)) is not a character")
            }
            utf8.append(contentsOf: String(Character(scalar)).utf8)
        default:
            position -= 1
            throw error("invalid escape '\\\(Character(Unicode.Scalar(byte)))'")
        }
    }

    private mutating func hexQuad() throws(JSONSyntaxError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Self.hexValue(byte) else {
                throw error("expected 4 hexadecimal digits after '\\u'")
            }
            value = value << 4 | UInt16(digit)
            position += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

private extension String {
    package func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
