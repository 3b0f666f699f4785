import Foundation
import Testing

/// `routemap read` and `--text`, through the real binary. The texts are written for the tests.
@Suite struct ReadCommandTests {
    static let wire = """
    Gunmen stormed a passenger train in a remote corner of southwestern Pakistan on Tuesday, officials said.
    The Jaffar Express, travelling from Quetta to Peshawar with some 400 people aboard, was halted inside a tunnel.
    Troops were trading fire with the attackers in hilly terrain, according to a security official.
    """
    static let mushkaf = "Officials later said the train had been held inside the Mashkaf tunnel.\n"

    func file(_ text: String, _ directory: URL, _ name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func temporary() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func readWritesAnIncidentFileWithEvidenceAndIgnoredNames() throws {
        let directory = try temporary()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try file(Self.wire, directory, "wire.txt")
        let r = try RoutemapBinary.run(["read", path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try r.json()
        let clues = try #require(json["clues"] as? [[String: Any]])
        #expect(clues.contains { $0["tunnel"] as? String == "any" })
        #expect(clues.contains { $0["terrain"] as? String == "mountainous" })
        #expect(clues.contains { $0["province"] as? String == "Balochistan" })
        for clue in clues {
            let evidence = try #require(clue["evidence"] as? [String: Any])
            let start = try #require(evidence["start"] as? Int), end = try #require(evidence["end"] as? Int)
            let scalars = Array(Self.wire.unicodeScalars)
            #expect(0 <= start && start < end && end <= scalars.count)
            #expect(evidence["file"] as? String == path && (evidence["rule"] as? String)?.isEmpty == false)
            #expect((evidence["sentence"] as? String).map { Self.wire.contains($0) } == true)
            #expect((clue["weight"] as? Double).map { 0 < $0 && $0 <= 1 } == true)
        }
        let ignored = try #require(json["ignored"] as? [[String: Any]])
        #expect(ignored.contains { $0["name"] as? String == "Quetta" && ($0["reason"] as? String)?.hasPrefix("route endpoint: 'from Quetta to Peshawar'") == true })

        // the output is an incident file: place reads it back
        let incident = try file(r.stdout, directory, "incident.json")
        let placed = try RoutemapBinary.run(["place", incident, "--format", "json"])
        #expect(placed.status == 0, "\(placed.stderr)")
        #expect((try placed.json())["interval_km"] as? [Double] == [25, 125])

        let table = try RoutemapBinary.run(["read", path])
        #expect(table.status == 0 && table.stdout.contains("⟦in hilly terrain⟧") == false && table.stdout.contains("⟦inside a tunnel⟧"))
    }

    @Test func textOnPlaceDistancesExportAndRender() throws {
        let directory = try temporary()
        defer { try? FileManager.default.removeItem(at: directory) }
        let wire = try file(Self.wire, directory, "wire.txt"), later = try file(Self.mushkaf, directory, "later.txt")
        let alone = try RoutemapBinary.run(["place", "--text", wire, "--format", "json"])
        #expect(alone.status == 0, "\(alone.stderr)")
        let aloneJSON = try alone.json()
        #expect((aloneJSON["candidates"] as? String)?.hasPrefix("one of 5 tunnels between km 25 and km 125") == true)
        #expect(aloneJSON["interval_pieces_km"] as? [[Double]] == [[25, 41], [48, 53], [96.9, 125]])
        #expect(aloneJSON["admin1"] as? String == "Balochistan")

        let narrowed = try RoutemapBinary.run(["place", "--text", wire, "--text", later, "--format", "json"])
        #expect((try narrowed.json())["interval_km"] as? [Double] == [116, 125])

        // with --clue and an incident file too: Pehro Kunri (116) ± 2 km narrows it further
        let mixed = try RoutemapBinary.run(["place", "--text", wire, "--text", later, "--clue", "near=Pehro Kunri", "--format", "json"])
        #expect((try mixed.json())["interval_km"] as? [Double] == [116, 118])

        let distances = try RoutemapBinary.run(["distances", "--text", wire, "--text", later, "--format", "json"])
        #expect(distances.status == 0, "\(distances.stderr)")
        #expect(((try distances.json())["incident"] as? [String: Any])?["interval_km"] as? [Double] == [116, 125])
    }

    @Test func unreadableTextIsAUsageError() throws {
        let directory = try temporary()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("bad.txt")
        try Data([0xff, 0xfe, 0x00, 0xc3]).write(to: bad)
        for arguments in [["read", bad.path], ["place", "--text", bad.path], ["read", directory.appendingPathComponent("missing.txt").path]] {
            let r = try RoutemapBinary.run(arguments)
            #expect(r.status == 2 && r.stdout.isEmpty && r.stderr.split(separator: "\n").count == 1, "\(arguments): \(r.stderr)")
        }
        let stdin = try RoutemapBinary.run(["read", "-", "--format", "json"], stdin: "It happened near Mach.")
        #expect(((try stdin.json())["clues"] as? [[String: Any]])?.first?["near"] as? String == "Mach")
    }

    @Test func newClueKindsOnTheCommandLine() throws {
        let r = try RoutemapBinary.run(["place", "--clue", "tunnel=any", "--clue", "terrain=mountainous", "--clue", "province=Balochistan", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect((try r.json())["interval_pieces_km"] as? [[Double]] == [[25, 41], [48, 53], [96.9, 125]])
        // 4 h after leaving Quetta at 0.75–1.25 × the section speeds (speeds.csv): 93.84–177.34 km
        let elapsed = try RoutemapBinary.run(["place", "--clue", "elapsed=Quetta@09:00,13:00", "--format", "json"])
        let interval = try #require((try elapsed.json())["interval_km"] as? [Double])
        #expect(abs(interval[0] - 93.84) < 0.05 && abs(interval[1] - 177.34) < 0.05, "\(interval)")
        let bad = try RoutemapBinary.run(["place", "--clue", "elapsed=Quetta@9,13:00"])
        #expect(bad.status == 2 && bad.stderr.contains("HH:MM"))
    }
}
