import Batch
import Foundation

/// Progress of a batch on stderr: a redrawn bar on a terminal (rows done, rate, ETA), plain lines
/// otherwise (every `lineInterval` seconds or each further 10 % of the input), nothing when quiet;
/// then one summary line (unless quiet).
final class BatchProgress {
    /// How progress is shown.
    enum Style: Sendable, Equatable {
        case bar, lines, quiet

        /// The bar on a terminal, lines elsewhere, nothing with `--quiet`.
        static func choose(quiet: Bool, isTerminal: Bool) -> Style {
            quiet ? .quiet : (isTerminal ? .bar : .lines)
        }
    }

    /// Seconds between plain lines.
    static let lineInterval = 5.0

    private let style: Style
    private let jobs: Int
    private let write: (String) -> Void
    private let now: () -> Double
    private let start: Double
    private var lastShown: Double
    private var lastTenth = 0

    /// - Parameters:
    ///   - write: where text goes (default: stderr).
    ///   - now: the clock in seconds (tests pass their own).
    init(style: Style, jobs: Int, write: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) },
                now: @escaping () -> Double = { Date().timeIntervalSinceReferenceDate }) {
        self.style = style
        self.jobs = jobs
        self.write = write
        self.now = now
        start = now()
        lastShown = start
    }

    /// Reports `rows` done and the `fraction` of the input read (nil when unknown).
    func update(rows: Int, fraction: Double?) {
        let t = now(), elapsed = t - start
        switch style {
        case .quiet:
            return
        case .bar:
            guard t - lastShown >= 0.1 || fraction == 1 else { return }
            lastShown = t
            let width = 24, filled = Int((fraction ?? 0) * Double(width))
            let bar = fraction == nil ? "" : "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            write("\r\u{1B}[K" + bar + status(rows: rows, fraction: fraction, elapsed: elapsed))
        case .lines:
            let tenth = Int((fraction ?? 0) * 10)
            guard t - lastShown >= Self.lineInterval || tenth > lastTenth else { return }
            lastShown = t
            lastTenth = tenth
            write("batch: " + status(rows: rows, fraction: fraction, elapsed: elapsed) + "\n")
        }
    }

    /// Clears the bar and prints the summary line.
    func finish(_ summary: BatchSummary) {
        guard style != .quiet else { return }
        if style == .bar { write("\r\u{1B}[K") }
        write(Self.summaryLine(summary, jobs: jobs) + "\n")
    }

    /// E.g. `batch: 10000 rows: 9950 placed, 30 with conflicts, 20 failed in 4.2 s (2381 rows/s, 2 jobs)`.
    static func summaryLine(_ s: BatchSummary, jobs: Int) -> String {
        let rate = s.seconds > 0 ? Int(Double(s.rows) / s.seconds) : 0
        return "batch: \(s.rows) rows: \(s.placed) placed, \(s.conflicts) with conflicts, \(s.failed) failed in "
            + String(format: "%.1f", s.seconds) + " s (\(rate) rows/s, \(jobs) jobs" + (s.reused > 0 ? ", \(s.reused) reused" : "") + ")"
    }

    private func status(rows: Int, fraction: Double?, elapsed: Double) -> String {
        var text = "\(rows) rows"
        if let fraction { text += " (\(Int(fraction * 100)) %)" }
        if elapsed > 0 { text += ", \(Int(Double(rows) / elapsed)) rows/s" }
        if let fraction, fraction > 0, fraction < 1 { text += ", ETA \(Int((elapsed * (1 - fraction) / fraction).rounded())) s" }
        return text
    }
}
