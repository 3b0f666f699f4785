import Foundation
import RouteModel
import Testing
@testable import Batch

/// Line limits and unusable paths: a file without line ends must not grow memory without bound, and a
/// folder is named as one (it used to surface as `NSCocoaErrorDomain error 256`).
@Suite struct LineReaderTests {
    private func temporaryFile(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-lines-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        return url
    }

    @Test func aLineLongerThanTheLimitIsAnErrorNamingItsNumber() throws {
        let url = try temporaryFile(Array("lon,lat\n67.1,29.5\n".utf8) + [UInt8](repeating: 0x37, count: LineReader.maxLineBytes + 10))
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = try LineReader(path: url.path)
        #expect(try reader.nextLine() != nil)
        #expect(try reader.nextLine() != nil)
        #expect(throws: InputFileError(file: url.path, line: 3, field: nil,
                                       message: "is longer than \(LineReader.maxLineBytes) bytes without a line end (is this a line-based file?)")) {
            _ = try reader.nextLine()
        }
    }

    @Test func aLineJustUnderTheLimitIsRead() throws {
        let url = try temporaryFile([UInt8](repeating: 0x37, count: LineReader.maxLineBytes - 1) + [10])
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = try LineReader(path: url.path)
        #expect(try reader.nextLine()?.count == LineReader.maxLineBytes - 1)
        #expect(try reader.nextLine() == nil)
    }

    @Test func foldersAndMissingFilesAreNamedInPlainWords() throws {
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: InputFileError(file: folder, line: nil, field: nil, message: "is a folder, not a file")) { _ = try LineReader(path: folder) }
        #expect(throws: InputFileError(file: "/nonexistent/p.csv", line: nil, field: nil, message: "no such file")) {
            _ = try LineReader(path: "/nonexistent/p.csv")
        }
    }
}
