import Foundation
import Testing

/// The harness itself: a child that writes more than a pipe holds (64 KiB) on stderr before closing
/// stdout used to deadlock it, since stdout was read to the end before stderr.
@Suite struct RoutemapBinaryTests {
    @Test func largeStderrDoesNotDeadlockTheHarness() throws {
        let clue = String(repeating: "x", count: 100_000)  // no '=': the error message repeats the clue
        let r = try RoutemapBinary.run(["place", "--clue", clue], timeout: 120)
        #expect(r.status == 2, "exit \(r.status)")
        #expect(r.stderr.utf8.count > 100_000)
        #expect(r.stdout.isEmpty)
    }

    @Test func largeStdinIsFedWhileOutputIsRead() throws {
        let rows = (0..<20_000).map { "67.\(6000 + $0 % 3000),29.55,p\($0)" }.joined(separator: "\n")
        let r = try RoutemapBinary.run(["snap-points", "-", "--input-format", "csv", "--out", "-", "--output-format", "csv", "--quiet"], stdin: "lon,lat,id\n" + rows + "\n", timeout: 120)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count == 20_001)
    }
}
