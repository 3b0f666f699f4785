import Foundation
import Testing

/// Runs every case of `BadInputCatalogue` through the real binary, each in its own scratch folder that
/// also holds an earlier output (`out/route.geojson`), and checks the contract README states: the exact
/// exit code, one line on stderr naming the argument, file, line or JSON path, nothing on stdout on
/// failure, and no file under the scratch folder (inputs and outputs) created, changed or removed.
@Suite struct BadInputCatalogueTests {
    @Test func theCatalogueCoversEveryCommandWithAtLeastSixtyCases() {
        #expect(BadInputCatalogue.all.count >= 60)
        let commands = Set(BadInputCatalogue.all.compactMap(\.arguments.first))
        #expect(commands == ["place", "distances", "locate", "snap", "distance", "summary", "stations", "export", "validate", "render", "map", "snap-points", "batch"])
        #expect(Set(BadInputCatalogue.all.map(\.name)).count == BadInputCatalogue.all.count, "names are unique")
    }

    @Test(arguments: BadInputCatalogue.all)
    func badInput(_ c: BadInputCase) throws {
        // /proc's folder passes the up-front writability check only for root (the tests' user here).
        if c.arguments.contains(where: { $0.hasPrefix("/proc/") }) && c.exit == 1 && getuid() != 0 { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-catalogue-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        try Data("{\"type\": \"FeatureCollection\", \"features\": []}\n".utf8).write(to: folder.appendingPathComponent("out/route.geojson"))
        for name in c.folders { try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true) }
        for (name, bytes) in c.files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: url)
        }
        var feeders: [FIFOFeeder] = []
        for (name, bytes) in c.fifos {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            #expect(mkfifo(url.path, 0o644) == 0)
            if !bytes.isEmpty { feeders.append(FIFOFeeder(path: url.path, bytes: bytes)) }
        }
        let before = FolderSnapshot.take(folder)

        let r = try RoutemapBinary.run(c.arguments(in: folder), stdinData: c.stdin, timeout: 120)
        feeders.forEach { $0.finish() }

        #expect(r.status == c.exit, "exit \(r.status), expected \(c.exit): \(r.stderr)")
        #expect(FolderSnapshot.take(folder) == before, "no file under the scratch folder changed")
        let names = c.names.map { $0.replacingOccurrences(of: "$D", with: folder.path) }
        if c.reportOnStdout {
            for name in names { #expect(r.stdout.contains(name), "stdout names \(name): \(r.stdout.prefix(500))") }
            #expect(c.exit == 0 ? r.stderr.isEmpty : true, "\(r.stderr)")
            return
        }
        #expect(r.stdout.isEmpty, "nothing on stdout on failure: \(r.stdout.prefix(300))")
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty && lines[0].hasPrefix("routemap: "), "one stderr line: \(r.stderr.prefix(500))")
        for name in names { #expect(r.stderr.contains(name), "stderr names \(name): \(r.stderr.prefix(500))") }
        #expect(!r.stderr.contains(".tmp-") && !r.stderr.contains("NSCocoaErrorDomain") && !r.stderr.contains("Code="), "plain words: \(r.stderr)")
    }
}
