import RouteModel

/// Cuts a GeoJSON FeatureCollection, fed in blocks of any size, into the bytes of its features, so
/// a collection of any length is read in constant memory (one feature at a time).
///
/// It follows strings, escapes and nesting only; each feature is parsed and checked afterwards. The
/// `features` array is the one whose key, at the top level of the object, is `"features"`.
struct FeatureCollectionSplitter {
    private var depth = 0
    private var inString = false
    private var escaped = false
    /// The bytes of the string being read at the top level (keys and values), to spot `features` and `type`.
    private var topString: [UInt8]?
    private var lastTopString: [UInt8] = []
    private var previousTopString: [UInt8] = []
    private var inFeatures = false
    private var sawFeatures = false
    private var isCollection = false
    private var feature: [UInt8] = []
    private var capturing = false
    private var started = false
    private var offset = 0
    /// The input's name for messages.
    let name: String

    init(name: String) { self.name = name }

    /// The features completed by `bytes`.
    mutating func feed(_ bytes: some Collection<UInt8>) throws -> [[UInt8]] {
        var done: [[UInt8]] = []
        for byte in bytes {
            offset += 1
            if capturing { feature.append(byte) }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if let s = topString { finishTopString(s) }
                    topString = nil
                    continue
                }
                if topString != nil { topString!.append(byte) }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                if depth == 1 { topString = [] }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if !started {
                    guard byte == UInt8(ascii: "{") else { throw error("expected a GeoJSON FeatureCollection object, found an array") }
                    started = true
                }
                depth += 1
                if byte == UInt8(ascii: "[") && depth == 2 && lastTopString == Array("features".utf8) && !sawFeatures {
                    inFeatures = true
                    sawFeatures = true
                } else if byte == UInt8(ascii: "{") && inFeatures && depth == 3 && !capturing {
                    capturing = true
                    feature = [byte]
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                guard depth >= 0 else { throw error("unbalanced '\(Character(UnicodeScalar(byte)))'") }
                if capturing && depth == 2 {
                    capturing = false
                    done.append(feature)
                    feature = []
                } else if inFeatures && depth == 1 {
                    inFeatures = false
                }
            case 32, 9, 10, 13, UInt8(ascii: ","), UInt8(ascii: ":"):
                break
            default:
                if !started { throw error("expected a GeoJSON FeatureCollection object") }
            }
        }
        return done
    }

    /// Checks that the document was a whole FeatureCollection.
    func finish() throws {
        guard started, depth == 0, !inString else { throw error("ends before the FeatureCollection is complete") }
        guard isCollection else { throw error("is not a GeoJSON FeatureCollection (\"type\": \"FeatureCollection\" is missing)") }
        guard sawFeatures else { throw error("has no \"features\" array") }
    }

    private mutating func finishTopString(_ s: [UInt8]) {
        previousTopString = lastTopString
        lastTopString = s
        if previousTopString == Array("type".utf8) && s == Array("FeatureCollection".utf8) { isCollection = true }
    }

    private func error(_ message: String) -> InputFileError {
        InputFileError(file: name, line: nil, field: nil, message: "\(message) (byte \(offset))")
    }
}
