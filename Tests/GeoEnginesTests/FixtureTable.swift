import Foundation

/// A reference table from `Fixtures/` (written by Scripts/make-geodesic-fixtures with pyproj).
struct FixtureTable {
    let rows: [[String: String]]

    init(_ name: String) throws {
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
        guard lines.count > 1 else { throw CocoaError(.fileReadCorruptFile) }
        let header = lines[0].split(separator: ",").map(String.init)
        rows = lines.dropFirst().map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Dictionary(uniqueKeysWithValues: zip(header, cells))
        }
    }

    static func number(_ row: [String: String], _ key: String) -> Double {
        Double(row[key]!)!
    }
}

/// Difference between two angles in degrees, ignoring whole turns.
func angleDifference(_ a: Double, _ b: Double) -> Double {
    let d = (a - b).truncatingRemainder(dividingBy: 360)
    return min(abs(d), 360 - abs(d))
}
