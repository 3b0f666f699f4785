import Foundation

/// Debian's Chromium, headless, as the real browser the map page is tested in: it loads a page from
/// `file://` in a fresh profile (no network is needed, none is offered: every host resolves to nothing)
/// and either prints the DOM after the scripts ran or takes a PNG screenshot.
enum HeadlessChromium {
    static let path = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile)
    /// Whether a missing Chromium must fail the run (CI, where Scripts/test installs it) rather than skip.
    static var shouldRun: Bool { path != nil || (ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false) }

    struct Result {
        var status: Int32
        var stdout: String
        /// Chromium's log (with `--enable-logging=stderr`): page console messages appear as `:CONSOLE` lines.
        var log: String

        /// The console lines the page produced (any level: Chromium logs them all as INFO:CONSOLE).
        var consoleLines: [String] { log.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") } }
    }

    /// The page's DOM after its scripts ran.
    static func dumpDOM(_ page: URL, window: (Int, Int) = (1280, 900)) throws -> Result {
        try run(["--dump-dom", page.absoluteString], window: window)
    }

    /// A PNG screenshot of the page.
    static func screenshot(_ page: URL, to png: URL, window: (Int, Int) = (1280, 900)) throws -> Result {
        try run(["--screenshot=\(png.path)", page.absoluteString], window: window)
    }

    private static func run(_ arguments: [String], window: (Int, Int)) throws -> Result {
        guard let path else { throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "chromium is not installed (Scripts/test installs it)"]) }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let logFile = scratch.appendingPathComponent("log.txt")
        FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(scratch.appendingPathComponent("profile").path)", "--hide-scrollbars",
            "--window-size=\(window.0),\(window.1)", "--virtual-time-budget=3000",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0",
        ] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: logFile)
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      log: (try? String(contentsOf: logFile, encoding: .utf8)) ?? "")
    }
}

/// A PNG read by GDAL (`gdalinfo -json -hist`), not by routemap or Chromium: per band, how many of the
/// 256 levels occur and what share of the pixels the commonest level has.
struct PNGHistogram {
    struct Band {
        var levelsUsed: Int
        var commonestShare: Double
    }

    var width: Int
    var height: Int
    var bands: [Band]

    init(_ png: URL) throws {
        let (status, output) = try GDAL.run(GDAL.gdalinfo, ["-json", "-hist", png.path])
        guard status == 0, let root = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any],
              let size = root["size"] as? [Int], size.count == 2, let bands = root["bands"] as? [[String: Any]] else {
            throw CocoaError(.coderReadCorrupt, userInfo: [NSLocalizedDescriptionKey: "gdalinfo cannot read \(png.path): \(output)"])
        }
        width = size[0]
        height = size[1]
        self.bands = try bands.map { band in
            guard let histogram = band["histogram"] as? [String: Any], let buckets = histogram["buckets"] as? [Int] else {
                throw CocoaError(.coderReadCorrupt)
            }
            let total = max(buckets.reduce(0, +), 1)
            return Band(levelsUsed: buckets.filter { $0 > 0 }.count, commonestShare: Double(buckets.max() ?? 0) / Double(total))
        }
    }
}
