import FuzzSupport
import GeoJSON

/// libFuzzer target: `validate`'s checker, in each text format (the first byte chooses it, the rest
/// is the document). Any bytes must give a list of problems, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGeoJSONValidator(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzInput.bytes(start, count)
    guard let selector = bytes.first else { return 0 }
    let formats: [GeoJSONTextFormat] = [.automatic, .document, .textSequence, .newlineDelimited]
    _ = GeoJSONValidator.validate(Array(bytes.dropFirst()), format: formats[Int(selector) % formats.count])
    return 0
}
