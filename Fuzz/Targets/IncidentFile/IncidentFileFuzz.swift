import FuzzSupport
import Placement

/// libFuzzer target: the incident JSON file reader (`place --incident`, `export --incident`). Any
/// bytes must give an incident or an `IncidentFileError`, never a crash. (Placing is the Placement target.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIncidentFile(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let text = FuzzInput.text(FuzzInput.bytes(start, count)) else { return 0 }
    _ = try? IncidentFile.parse(text, file: "fuzz.json")
    return 0
}
