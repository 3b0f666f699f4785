import Foundation
import GeoJSON
import Testing
import FileOutput

@Suite struct AtomicFileWriterTests {
    struct Interrupted: Error {}

    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test func successReplacesTheFileAndLeavesNoTemporaryFile() throws {
        let url = directory.appendingPathComponent("route.geojson")
        try Data("old".utf8).write(to: url)
        try writeAtomically(to: url) { sink in
            let writer = try GeoJSONStreamWriter(sink: sink)
            try writer.write(Feature(geometry: .point([67, 30])))
            try writer.finish()
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.hasPrefix(#"{"type":"FeatureCollection""#))
        #expect(try contents() == ["route.geojson"])
    }

    @Test func throwingBodyLeavesTheExistingFileUntouched() throws {
        let url = directory.appendingPathComponent("route.geojson")
        try Data("old".utf8).write(to: url)
        #expect(throws: Interrupted.self) {
            try writeAtomically(to: url) { sink in
                try sink.write(String(repeating: "x", count: 200_000))
                throw Interrupted()
            }
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "old")
        #expect(try contents() == ["route.geojson"])
    }

    @Test func throwingBodyCreatesNoFile() throws {
        let url = directory.appendingPathComponent("new.geojson")
        #expect(throws: Interrupted.self) {
            try writeAtomically(to: url) { sink in
                try sink.write("partial")
                throw Interrupted()
            }
        }
        #expect(try contents() == [])
    }

    @Test func temporaryFileIsHiddenInTheSameDirectory() throws {
        let writer = try AtomicFileWriter(destination: directory.appendingPathComponent("layer.geojson"))
        #expect(writer.temporaryURL.deletingLastPathComponent().path == directory.path)
        #expect(writer.temporaryURL.lastPathComponent.hasPrefix(".layer.geojson.tmp-\(ProcessInfo.processInfo.processIdentifier)-"))
        writer.discard()
        #expect(try contents() == [])
    }

    @Test func missingDirectoryIsAnIOError() {
        let url = directory.appendingPathComponent("no/such/dir/file.geojson")
        #expect(throws: FileOutputError.self) { try writeAtomically(to: url) { _ in } }
    }
}
