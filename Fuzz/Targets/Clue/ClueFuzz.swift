import FuzzSupport
import Placement

/// libFuzzer target: a `--clue` argument, parsed and then placed on the shipped route. Any text must
/// give a placement, a `ClueSyntaxError` or a `PlacementError`, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClue(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let text = FuzzInput.text(FuzzInput.bytes(start, count)),
          let clue = try? Clue(commandLine: text) else { return 0 }
    _ = try? FuzzRoute.placer.place(Incident(id: "fuzz", title: "", time: "", clues: [clue], notes: ""))
    return 0
}
