import FuzzSupport
import RouteModel

/// libFuzzer target: a `--data` folder loaded and built into a route (calibration, corridors, checks). The first byte chooses which of the
/// route's files the rest replaces (route.json or one of the CSVs); the others are the shipped
/// ones. Any bytes must give a route or an error naming the file, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGeoDataRoute(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzInput.bytes(start, count)
    guard let selector = bytes.first, let text = FuzzInput.text(Array(bytes.dropFirst())) else { return 0 }
    let folder = FuzzGeoData.folder(replacing: selector, with: text)
    guard (try? GeoDataLoader.load(folder)) != nil else { return 0 }
    _ = try? RouteBuilder.build(folder, engines: FuzzRoute.engines)
    return 0
}

