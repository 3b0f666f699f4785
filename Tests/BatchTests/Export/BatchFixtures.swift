import Foundation
@testable import Batch

/// A scratch folder removed at the end of a test.
final class ScratchFolder {
    let url: URL

    init(_ label: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to `name` in the folder and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    /// Every file below `folder` (relative paths, sorted) with its content.
    static func contents(of folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])! {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            result[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        return result
    }
}

/// The batch table of the tests: real incidents (facts copied from the shared reference table of
/// Jaffar Express incidents) and bad rows of every kind.
enum BatchTable {
    static let header = "id,title,time,lat,lon,accuracy_m,chainage_km,line,km_post,between_a,between_b,near,within_km,tunnel,area,distance_from,distance_km,distance_by"
    static let longID = String(repeating: "L", count: 300)

    /// (row text, expected status, expected error field) per row.
    static let rows: [(csv: String, status: BatchStatus, field: String?)] = [
        // JE-2025-03-11: hijacking in Tunnel No. 8, "between Pehro Kunri and Gudalar" (Gudalar is on no diagram).
        ("JE-2025-03-11,Jaffar Express hijacked in Tunnel No. 8,2025-03-11T13:00:00+05:00,,,,,,,Pehro Kunri,Gudalar,,,8,,,,", .placed, nil),
        // JE-2025-08-07: bomb at the Sibi outer signal.
        ("JE-2025-08-07,\"Bomb at Sibi outer signal, train passed\",2025-08-07,,,,,,,,,Sibi outer signal,,,,,,", .placed, nil),
        // JE-2025-06-16: minor blast at Mach (Machh town coordinates, so a wide accuracy).
        ("JE-2025-06-16,Minor blast on track at Mach,2025-06-16,29.86694,67.32639,2000,,,,,,,,,,,,", .placed, nil),
        // JE-2025-08-10: IED near Spezand, ML-3 km post 359.
        ("JE-2025-08-10,IED derails six bogies near Spezand,2025-08-10,,,,,ML-3,359,,,,,,,,,", .placed, nil),
        ("bad-station,Unknown station,,,,,,,,Atlantis,Sibi,,,,,,,", .failed, "between_a"),
        ("lat200,Latitude out of range,,200,67.3,,,,,,,,,,,,,", .failed, "lat"),
        ("no-clue,Nothing but a title,,,,,,,,,,,,,,,,", .failed, "clues"),
        ("JE-2025-08-07,Duplicate id,,,,,10,,,,,,,,,,,", .failed, "id"),
        ("../../etc/x,Path traversal,,,,,100,,,,,,,,,,,", .placed, nil),
        ("/tmp/x,Absolute path,,,,,200,,,,,,,,,,,", .placed, nil),
        ("nul\u{0}id,NUL in the id,,,,,300,,,,,,,,,,,", .placed, nil),
        ("\(longID),Very long id,,,,,400,,,,,,,,,,,", .placed, nil),
        // Km post 268 (Pehro Kunri, 116 km) against 20 km by rail from Quetta: one clue is set aside.
        ("conflict,Two clues that disagree,,,,,,ML-3,268,,,,,,,Quetta,20,rail", .conflicts, nil),
        (",No id,,,,,,,,,,,,,Dhadar,,,", .placed, nil),
    ]

    static var csv: String { "\u{FEFF}" + ([header] + rows.map(\.csv)).joined(separator: "\r\n") + "\r\n" }
}
