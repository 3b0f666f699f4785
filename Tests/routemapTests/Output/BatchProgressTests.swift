import Testing
import Batch
@testable import routemap

@Suite struct BatchProgressTests {
    final class Clock { var t = 0.0 }

    func progress(_ style: BatchProgress.Style) -> (BatchProgress, Clock, () -> [String]) {
        let clock = Clock()
        var written: [String] = []
        let p = BatchProgress(style: style, jobs: 2, write: { written.append($0) }, now: { clock.t })
        return (p, clock, { written })
    }

    @Test func plainLinesEveryTenthOrFiveSeconds() {
        let (p, clock, written) = progress(.lines)
        clock.t = 1; p.update(rows: 50, fraction: 0.05)
        #expect(written().isEmpty)
        clock.t = 2; p.update(rows: 100, fraction: 0.1)
        #expect(written() == ["batch: 100 rows (10 %), 50 rows/s, ETA 18 s\n"])
        clock.t = 8; p.update(rows: 120, fraction: 0.12)
        #expect(written().count == 2, "five seconds passed")
        clock.t = 10; p.finish(BatchSummary(rows: 1000, placed: 990, conflicts: 7, failed: 3, reused: 0, seconds: 10))
        #expect(written().last == "batch: 1000 rows: 990 placed, 7 with conflicts, 3 failed in 10.0 s (100 rows/s, 2 jobs)\n")
    }

    @Test func aBarOnATerminalRedrawnInPlace() {
        let (p, clock, written) = progress(.bar)
        clock.t = 1; p.update(rows: 500, fraction: 0.5)
        #expect(written() == ["\r\u{1B}[K[############------------] 500 rows (50 %), 500 rows/s, ETA 1 s"])
        clock.t = 1.05; p.update(rows: 510, fraction: 0.51)
        #expect(written().count == 1, "redrawn at most every 0.1 s")
        clock.t = 2; p.update(rows: 800, fraction: nil)
        #expect(written().last == "\r\u{1B}[K800 rows, 400 rows/s", "no bar or ETA when the size is unknown (stdin)")
        p.finish(BatchSummary(rows: 800, placed: 800, conflicts: 0, failed: 0, reused: 0, seconds: 2))
        #expect(written().suffix(2) == ["\r\u{1B}[K", "batch: 800 rows: 800 placed, 0 with conflicts, 0 failed in 2.0 s (400 rows/s, 2 jobs)\n"])
    }

    @Test func quietSaysNothing() {
        let (p, clock, written) = progress(.quiet)
        clock.t = 100; p.update(rows: 5, fraction: 1)
        p.finish(BatchSummary())
        #expect(written().isEmpty)
        #expect(BatchProgress.Style.choose(quiet: true, isTerminal: true) == .quiet)
        #expect(BatchProgress.Style.choose(quiet: false, isTerminal: true) == .bar)
        #expect(BatchProgress.Style.choose(quiet: false, isTerminal: false) == .lines)
    }
}
