import Batch
import FuzzSupport

/// libFuzzer target: `batch`'s incident table reader for GeoJSON input, read to the end in chunks.
/// Any bytes must give rows (good or with problems) or an `InputFileError`, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIncidentTableGeoJSON(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let path = FuzzInput.file(FuzzInput.bytes(start, count), extension: "geojson")
    guard let reader = try? IncidentReader(path: path, format: .geojson) else { return 0 }
    while let rows = try? reader.next(limit: 8) {
        for row in rows { precondition((row.incident == nil) != row.problems.isEmpty, "a row has both an incident and problems, or neither") }
    }
    return 0
}
