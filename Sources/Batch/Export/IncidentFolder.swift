import Foundation
import GeoJSON
import TextFormats
import FileOutput

/// One incident's folder under the output folder: its layer files, then `place.json`, written last.
///
/// **Complete** means: `place.json` reads as JSON, its `batch.fingerprint` equals the fingerprint of the
/// incident as now given (id, title, time, clues, the route and the output version), and every file it
/// lists under `batch.files` exists with the listed size. Since `place.json` is removed before a folder
/// is rewritten and written only after every other file is in place, an interrupted folder is never
/// complete, and `--resume` redoes it.
struct IncidentFolder {
    static let marker = "place.json"
    let url: URL

    init(directory: URL, name: String) {
        url = directory.appendingPathComponent(name, isDirectory: true)
    }

    /// What `place.json` stored for the batch (`batch.record`), when the folder is complete for `fingerprint`.
    func completed(fingerprint: String) -> JSONObject? {
        guard let data = try? Data(contentsOf: url.appendingPathComponent(Self.marker)),
              let batch = (try? JSONParser.parse(data))?.objectValue?["batch"]?.objectValue,
              batch["fingerprint"]?.stringValue == fingerprint, let files = batch["files"]?.arrayValue,
              let record = batch["record"]?.objectValue else { return nil }
        for file in files {
            guard let name = file.objectValue?["name"]?.stringValue, !name.contains("/"), let size = file.objectValue?["bytes"]?.numberValue,
                  let attributes = try? FileManager.default.attributesOfItem(atPath: url.appendingPathComponent(name).path),
                  (attributes[.size] as? NSNumber)?.intValue == Int(size) else { return nil }
        }
        return record
    }

    /// Writes `files`, then `place.json` holding `place` with a `batch` member (fingerprint, files, record).
    func write(_ files: [LayerFile], place: JSONObject, fingerprint: String, record: JSONObject) throws {
        try makeDirectory()
        unlink(url.appendingPathComponent(Self.marker).path)
        FileReplacement.removeTemporaries(in: url)
        for file in files { try FileReplacement.write(file.bytes, to: url.appendingPathComponent(file.name)) }
        var document = place
        document["batch"] = .object([
            "fingerprint": .string(fingerprint),
            "files": .array(files.map { .object(["name": .string($0.name), "bytes": .number(Double($0.bytes.count))]) }),
            "record": .object(record),
        ])
        try FileReplacement.write(Array((try JSONText.render(.object(document), pretty: true) + "\n").utf8), to: url.appendingPathComponent(Self.marker))
    }

    /// Removes what a batch writes in the folder (for a row that now fails), and the folder if empty.
    func clear(names: [String]) {
        guard isDirectory else { return }
        for name in names + [Self.marker] { unlink(url.appendingPathComponent(name).path) }
        FileReplacement.removeTemporaries(in: url)
        rmdir(url.path)
    }

    private var isDirectory: Bool {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType == .typeDirectory
    }

    /// Creates the folder; an existing symbolic link (which could lead outside the output folder) is refused.
    private func makeDirectory() throws {
        if let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType {
            guard type == .typeDirectory else {
                throw FileOutputError(operation: "mkdir", path: url.path, code: EEXIST, reason: "exists and is not a folder (\(type.rawValue))")
            }
            return
        }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
    }
}
