import FuzzSupport
import GeoJSON

/// libFuzzer target: the GeoJSON reader (objects with JSON-path errors). Any bytes must give an
/// object or a `GeoJSONReadError`, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGeoJSONReader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    _ = try? GeoJSONReader.read(FuzzInput.bytes(start, count))
    return 0
}
