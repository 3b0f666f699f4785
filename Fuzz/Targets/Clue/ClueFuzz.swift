import FuzzSupport
import Placement

/// libFuzzer target: the `--clue` parser. Any text must give a clue or a `ClueSyntaxError`, never a
/// crash. (Placing parsed clues is the Placement target.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClue(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let text = FuzzInput.text(FuzzInput.bytes(start, count)) else { return 0 }
    _ = try? Clue(commandLine: text)
    return 0
}
