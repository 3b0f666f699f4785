import FuzzSupport
import Placement

/// libFuzzer target: an incident JSON file (`place --incident`), read and then placed on the shipped
/// route. Any input must give an incident, an `IncidentFileError` or a `PlacementError`, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIncidentFile(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let text = FuzzInput.text(FuzzInput.bytes(start, count)),
          let incident = try? IncidentFile.parse(text, file: "fuzz.json") else { return 0 }
    _ = try? FuzzRoute.placer.place(incident)
    return 0
}
