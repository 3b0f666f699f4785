#if canImport(Glibc)
import Glibc
#endif

/// Splits one CSV line (RFC 4180 quoting; no newlines inside fields) into its fields.
enum CSVFields {
    /// Byte ranges of the fields of a line without quotes (the fast path: no string per field).
    static func ranges(_ line: ArraySlice<UInt8>) -> [Range<Int>]? {
        guard !line.contains(UInt8(ascii: "\"")) else { return nil }
        var ranges: [Range<Int>] = []
        var start = line.startIndex
        for i in line.indices where line[i] == UInt8(ascii: ",") {
            ranges.append(start..<i)
            start = i + 1
        }
        ranges.append(start..<line.endIndex)
        return ranges
    }

    /// The finite number spelled by `bytes` (spaces around it allowed), parsed by C's `strtod`.
    static func number(_ bytes: ArraySlice<UInt8>) -> Double? {
        var trimmed = bytes
        while let f = trimmed.first, f == 32 || f == 9 { trimmed = trimmed.dropFirst() }
        while let l = trimmed.last, l == 32 || l == 9 { trimmed = trimmed.dropLast() }
        guard !trimmed.isEmpty, trimmed.count < 64 else { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: trimmed.count + 1) { buffer -> Double? in
            for (i, byte) in trimmed.enumerated() { buffer[i] = CChar(bitPattern: byte) }
            buffer[trimmed.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(buffer.baseAddress!, &end)
            guard let end, end - buffer.baseAddress! == trimmed.count, value.isFinite else { return nil }
            return value
        }
    }

    static func split(_ line: ArraySlice<UInt8>) -> [String] {
        guard line.contains(UInt8(ascii: "\"")) else {
            return line.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        }
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var i = line.startIndex
        while i < line.endIndex {
            let byte = line[i]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if i + 1 < line.endIndex, line[i + 1] == UInt8(ascii: "\"") { field.append(byte); i += 1 } else { quoted = false }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") && field.isEmpty {
                quoted = true
            } else if byte == UInt8(ascii: ",") {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            } else {
                field.append(byte)
            }
            i += 1
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return fields
    }
}
