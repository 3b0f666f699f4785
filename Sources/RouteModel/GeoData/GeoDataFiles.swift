import Foundation

/// Where a route's GeoData files come from: a folder on disk (`--data DIR`) or the copy embedded in the
/// binary (see the ShippedGeoData module). Files are addressed by name, e.g. `stations.csv`.
public struct GeoDataFiles: Sendable {
    /// What to call this source in messages: the folder path, or "shipped GeoData".
    public let origin: String
    private let contents: @Sendable (String) throws -> String?

    /// Files read from `directory`; a missing file reads as nil, an unreadable one throws.
    public static func directory(_ directory: String) throws(InputFileError) -> GeoDataFiles {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputFileError(file: directory, "is not a folder; --data expects a folder holding route.json and stations.csv")
        }
        return GeoDataFiles(origin: directory) { name in
            let path = (directory as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            do {
                return try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw InputFileError(file: path, "cannot be read as UTF-8 text: \(error.localizedDescription)")
            }
        }
    }

    /// Files held in memory, keyed by name.
    public init(origin: String, files: [String: String]) {
        self.init(origin: origin) { files[$0] }
    }

    private init(origin: String, contents: @escaping @Sendable (String) throws -> String?) {
        self.origin = origin
        self.contents = contents
    }

    /// The text of an optional file, or nil when the source has no such file.
    public func optionalText(_ name: String) throws -> String? {
        try contents(name)
    }

    /// The text of a required file.
    public func text(_ name: String) throws -> String {
        guard let text = try contents(name) else {
            throw InputFileError(file: name, "is missing from \(origin); it is required (see GeoData/FORMAT.md)")
        }
        return text
    }
}
