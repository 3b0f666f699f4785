import ArticleReading
import GeoEngines
import Placement
import RouteMapTestSupport
import RouteModel
import Testing

@Suite struct ArticleReaderTests {
    let reader = ArticleReader(route: ShippedRoute.route)

    func place(_ incident: Incident) throws -> Placement {
        try IncidentPlacer(route: ShippedRoute.route, engines: WorkerEngines()).place(incident)
    }

    /// Every case of the corpus: the clues found against those expected (counted for precision and
    /// recall), the names set aside, and where the clues place the incident.
    @Test func theCorpusIsReadWithMeasuredPrecisionAndRecall() throws {
        let (precision, recall, placed) = try measure(ArticleCorpus.cases, strict: true)
        #expect(placed == ArticleCorpus.cases.count)
        #expect(precision >= 0.9 && recall >= 0.9, "precision \(precision), recall \(recall)")
    }

    /// The held-out texts, written after the rules were frozen: measured and reported, misses allowed.
    @Test func theHeldOutTextsAreMeasured() throws {
        let (precision, recall, _) = try measure(ArticleCorpus.heldOut, strict: false)
        #expect(precision >= 0.7 && recall >= 0.6, "precision \(precision), recall \(recall)")
    }

    /// Precision and recall of the clues over `cases`, and how many placements land where expected.
    /// `strict`: every clue, ignored name and interval must match.
    func measure(_ cases: [ArticleCase], strict: Bool) throws -> (Double, Double, Int) {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0, placedRight = 0
        for c in cases {
            let report = reader.read([ArticleText(file: "\(c.name).txt", text: c.text)])
            var expected = c.clues
            var extra: [String] = []
            for found in report.incident.clues.map(ClueForm.text) {
                if let i = expected.firstIndex(of: found) { expected.remove(at: i); truePositives += 1 } else { extra.append(found) }
            }
            falsePositives += extra.count
            falseNegatives += expected.count
            if strict {
                #expect(extra.isEmpty && expected.isEmpty, "\(c.name): unexpected \(extra), missed \(expected)")
                for name in c.ignored {
                    #expect(report.ignored.contains { $0.name == name }, "\(c.name): '\(name)' should be ignored; ignored: \(report.ignored.map(\.name))")
                }
            }
            guard let contains = c.contains, let within = c.within else {
                if report.incident.clues.isEmpty { placedRight += 1 }
                continue
            }
            guard let placement = try? place(report.incident) else { continue }
            let interval = placement.interval
            let right = interval.lowerBound <= contains.lowerBound && interval.upperBound >= contains.upperBound
                && within.contains(interval.lowerBound) && within.contains(interval.upperBound)
            if right { placedRight += 1 }
            if strict { #expect(right, "\(c.name): placed at \(interval), expected to contain \(contains) and lie within \(within)") }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        print("reader \(strict ? "development" : "held-out") set: \(cases.count) texts, \(truePositives + falseNegatives) expected clues, \(truePositives + falsePositives) found; precision \(String(format: "%.3f", precision)), recall \(String(format: "%.3f", recall)) (tp \(truePositives), fp \(falsePositives), fn \(falseNegatives)); placed as expected \(placedRight) of \(cases.count)")
        return (precision, recall, placedRight)
    }

    /// The issue's test: a first-day wire report yields the tunnels of the mountainous section, and a
    /// sentence naming the Mushkaf tunnel narrows it to that stretch.
    @Test func aWireReportGivesTheMountainTunnelsAndTheMushkafSentenceNarrowsIt() throws {
        let wire = ArticleCorpus.cases.first { $0.name == "wire-first-day" }!
        let report = reader.read([ArticleText(file: "wire.txt", text: wire.text)])
        let kinds = report.incident.clues.map(ClueForm.text)
        #expect(kinds.contains("tunnel=any") && kinds.contains("terrain=mountainous"))
        #expect(report.ignored.contains { $0.name == "Quetta" && $0.reason.hasPrefix("route endpoint") })
        #expect(report.ignored.contains { $0.name == "Peshawar" && $0.reason.hasPrefix("route endpoint") })
        let alone = try place(report.incident)
        // tunnels.csv: Kolpur 25–41, Mary Jane 48–53, Panir 96.9–105.1, Mushkaf 116–125, No. 8 101–125;
        // all lie in the mountainous sections 0–125 km
        #expect(alone.chainages.pieces == [25...41, 48...53, 96.9...125])
        #expect(alone.candidates?.hasPrefix("one of 5 tunnels between km 25 and km 125") == true, "\(alone.candidates ?? "nil")")

        let mushkaf = ArticleCorpus.cases.first { $0.name == "mushkaf-tunnel-sentence" }!
        let both = reader.read([ArticleText(file: "wire.txt", text: wire.text), ArticleText(file: "later.txt", text: mushkaf.text)])
        let narrowed = try place(both.incident)
        #expect(narrowed.chainages.pieces == [116...125])
        #expect(narrowed.conflicts.isEmpty)
    }

    /// Offsets count Unicode code points in the file's text; the evidence's sentence starts at
    /// `sentenceStart` and the statement lies inside it.
    @Test func evidenceOffsetsPointAtTheStatement() {
        let text = "Första raden: ingen plats.\nThe train was stopped in Tunnel No. 8, officials said. It was near Mach."
        let report = reader.read([ArticleText(file: "a.txt", text: text)])
        let scalars = Array(text.unicodeScalars)
        func slice(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(scalars[a..<b])) }
        let tunnel = report.incident.clues.first { ClueForm.text($0) == "tunnel=8" }?.evidence
        #expect(tunnel.map { slice($0.start, $0.end) } == "Tunnel No. 8")
        #expect(tunnel?.rule == "tunnel-number")
        let near = report.incident.clues.first { ClueForm.text($0) == "near=Mach" }?.evidence
        #expect(near.map { slice($0.start, $0.end) } == "near Mach")
        if let near, let start = near.sentenceStart {
            #expect(slice(start, start + near.sentence.unicodeScalars.count) == near.sentence)
        }
    }

    /// Any text, however odd, reads without crashing and every offset stays inside it.
    @Test func anyTextIsReadSafely() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["Tunnel No.", " 8", " km ", "between ", "Sibi", " and ", "Mach", ".", "\n", "\u{0000}", "🚆", "مشکاف", "کے قریب",
                      "سرنگ نمبر", " 99999999999999999999", " at 25:99 pm", "from ", " to ", "'s", "-", "…", "\r\n", " near the ", "Dera"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let report = reader.read([ArticleText(file: "fuzz", text: text)])
            let count = text.unicodeScalars.count
            for e in report.incident.clues.compactMap(\.evidence) + report.ignored.map(\.evidence) {
                #expect(0 <= e.start && e.start <= e.end && e.end <= count, "\(text.debugDescription): \(e)")
            }
        }
    }

    /// A report about another train is flagged.
    @Test func anotherTrainIsAWarning() {
        let report = reader.read([ArticleText(file: "x.txt", text: "The Bolan Mail was stopped near Mach.")])
        #expect(report.warnings.contains { $0.contains("Bolan Mail") })
        let ours = reader.read([ArticleText(file: "y.txt", text: "The Jaffer Express was stopped near Mach.")])
        #expect(!ours.warnings.contains { $0.contains("another train") })
    }
}
