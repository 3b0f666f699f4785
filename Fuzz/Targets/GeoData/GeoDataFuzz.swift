import FuzzSupport
import RouteModel

/// libFuzzer target: the GeoData folder loader (`--data`). The first byte chooses which of the
/// route's files the rest replaces (route.json or one of the CSVs); the others are the shipped
/// ones. Any bytes must give route data or an error naming the file, never a crash. (Building the
/// route from what loads is the GeoDataRoute target.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGeoData(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzInput.bytes(start, count)
    guard let selector = bytes.first, let text = FuzzInput.text(Array(bytes.dropFirst())) else { return 0 }
    let folder = FuzzGeoData.folder(replacing: selector, with: text)
    _ = try? GeoDataLoader.load(folder)
    return 0
}

