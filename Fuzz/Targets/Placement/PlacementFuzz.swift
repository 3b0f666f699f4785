import FuzzSupport
import Placement

/// libFuzzer target: `place --clue …` end to end. Each line of the input is one `--clue` argument;
/// the clues that parse are placed together on the shipped route. Any input must give a placement,
/// a `ClueSyntaxError` or a `PlacementError`, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlacement(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let text = FuzzInput.text(FuzzInput.bytes(start, count)) else { return 0 }
    let clues = text.split(separator: "\n").compactMap { try? Clue(commandLine: String($0)) }
    guard !clues.isEmpty else { return 0 }
    _ = try? FuzzRoute.placer.place(Incident(id: "fuzz", clues: clues))
    return 0
}
