import FuzzSupport
import TrackBuilding

/// libFuzzer target: `build-route --ways`' reader of OSM railway ways (a GeoJSON FeatureCollection of
/// LineStrings). Any bytes must give ways or a `GeoJSONReadError`, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRailwayWays(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    _ = try? RailwayWaysReader.read(FuzzInput.bytes(start, count))
    return 0
}
