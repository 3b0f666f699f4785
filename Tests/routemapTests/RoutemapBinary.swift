import Foundation

/// Runs the real `routemap` executable that `swift build` put beside the test bundle.
enum RoutemapBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        /// stdout parsed as a JSON object (Foundation's parser: independent of routemap's writer).
        func json() throws -> [String: Any] {
            guard let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any] else {
                throw CocoaError(.coderReadCorrupt)
            }
            return object
        }
    }

    static var url: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // The runner may be inside routemapPackageTests.xctest/…; walk up to the build products folder.
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("routemap").path), directory.pathComponents.count > 1 {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("routemap")
    }

    /// The repository root, for GeoData paths.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the binary with `arguments`, feeding `stdin` (text) or `stdinData` (bytes) to it. stdin is
    /// written and stderr read on their own threads while stdout is read here, so a child that fills
    /// one pipe (64 KiB) while the harness waits on another cannot deadlock. A child still running after
    /// `timeout` seconds is killed (status 9 from the signal).
    static func run(_ arguments: [String], stdin: String? = nil, stdinData: Data? = nil, in directory: URL? = nil,
                    timeout: TimeInterval = 300) throws -> Result {
        signal(SIGPIPE, SIG_IGN)  // a child that exits before reading its stdin must not kill the tests
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let feed = stdinData ?? stdin.map { Data($0.utf8) } ?? Data()
        let pending = DispatchGroup()
        let stderrData = Collected()
        DispatchQueue.global().async(group: pending) {
            stderrData.data = err.fileHandleForReading.readDataToEndOfFile()
        }
        DispatchQueue.global().async(group: pending) {
            let writer = input.fileHandleForWriting
            try? writer.write(contentsOf: feed)
            try? writer.close()
        }
        let watchdog = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        pending.wait()
        process.waitUntilExit()
        watchdog.cancel()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData.data, as: UTF8.self))
    }
}

/// Bytes one reader thread collects; read only after the dispatch group that wrote them is waited on.
private final class Collected: @unchecked Sendable {
    var data = Data()
}
