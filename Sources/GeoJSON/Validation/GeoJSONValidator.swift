import TextFormats
import Foundation

/// Checks GeoJSON text against RFC 7946 (and RFC 8259 JSON, RFC 8142 text sequences) and
/// reports every problem found, each with its JSON path.
///
/// Beyond what ``GeoJSONReader`` requires, it reports ring orientation (exteriors must be
/// counter-clockwise, holes clockwise), `crs` members, malformed `bbox` members and positions
/// outside a declared `bbox`, and members that RFC 7946 §7.1 forbids (such as `geometry` on a
/// FeatureCollection). In sequences, paths start with `record[i]` (0-based).
public enum GeoJSONValidator {
    /// All problems in `bytes`; empty when the text is valid.
    public static func validate(_ bytes: [UInt8], format: GeoJSONTextFormat = .automatic) -> [GeoJSONProblem] {
        bytes.withUnsafeBufferPointer { buffer in
            switch resolvedFormat(format, of: buffer) {
            case .textSequence: textSequence(buffer)
            case .newlineDelimited: records(RecordSplitter.lines(in: buffer), of: buffer)
            default: document(buffer, range: 0..<buffer.count, path: JSONPath())
            }
        }
    }

    /// All problems in `data`; empty when the text is valid.
    public static func validate(_ data: Data, format: GeoJSONTextFormat = .automatic) -> [GeoJSONProblem] {
        validate([UInt8](data), format: format)
    }

    private static func resolvedFormat(_ format: GeoJSONTextFormat, of bytes: UnsafeBufferPointer<UInt8>) -> GeoJSONTextFormat {
        guard format == .automatic else { return format }
        if RecordSplitter.startsWithRecordSeparator(bytes) { return .textSequence }
        return RecordSplitter.looksNewlineDelimited(bytes) ? .newlineDelimited : .document
    }

    private static func textSequence(_ bytes: UnsafeBufferPointer<UInt8>) -> [GeoJSONProblem] {
        let (ranges, leadingText) = RecordSplitter.textSequenceRecords(in: bytes)
        var problems: [GeoJSONProblem] = []
        if let leadingText {
            let location = JSONSyntaxError(at: leadingText.lowerBound, in: bytes, expectation: "")
            problems.append(GeoJSONProblem(path: "", message:
                "text at line \(location.line), column \(location.column) is not in a record: each record must start with RS (0x1E)"))
        }
        problems += records(ranges, of: bytes)
        for (index, range) in ranges.enumerated() where bytes[range.upperBound - 1] != UInt8(ascii: "\n") {
            problems.append(GeoJSONProblem(path: "record[\(index)]", message: "expected the record to end with a line feed (RFC 8142)"))
        }
        return problems
    }

    private static func records(_ ranges: [Range<Int>], of bytes: UnsafeBufferPointer<UInt8>) -> [GeoJSONProblem] {
        ranges.enumerated().flatMap { index, range in
            document(bytes, range: range, path: JSONPath([.key("record"), .index(index)]))
        }
    }

    private static func document(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, path: JSONPath) -> [GeoJSONProblem] {
        var scanner = JSONScanner(bytes, range: range)
        let value: JSONValue
        do {
            value = try scanner.parseDocument()
        } catch {
            return [GeoJSONProblem(path: path.description, message: error.description)]
        }
        var walker = GeoJSONWalker(mode: .validating, path: path)
        _ = try? walker.object(value) // a validating walker collects problems instead of throwing
        return walker.problems
    }
}
