import Batch
import FuzzSupport

/// libFuzzer target: `snap-points`' point reader for GeoJSONSeq input, read to the end in chunks. Any
/// bytes must give points and per-line problems or an error, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPointsGeoJSONSeq(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let path = FuzzInput.file(FuzzInput.bytes(start, count), extension: "geojsonseq")
    guard let reader = try? PointReader(path: path, format: .geojsonseq) else { return 0 }
    while let chunk = try? reader.next(limit: 8) {
        for record in chunk.records { precondition(record.lon.isFinite && record.lat.isFinite, "a point with a coordinate that is not finite") }
    }
    return 0
}
