import LayerFiles

/// Turns incident ids into folder names that are safe inside the output folder, and spots duplicates.
///
/// A folder name keeps ASCII letters, digits, `-`, `_` and `.` of the id; every other byte (`/`, NUL,
/// spaces, non-ASCII…) becomes `_`, and a leading `.` becomes `_` (no `.`, `..` or hidden names). When
/// that changed anything, or the id is longer than `maximumLength` bytes (kept: the first 64), or the
/// name is one of the batch's own top-level files, `-` and 8 hex digits of a hash of the id are
/// appended, so distinct ids keep distinct folders and an unchanged id keeps its own name. An empty id
/// gets `row-<n>`. No name contains a `/`, so nothing can be written outside the output folder.
public enum FolderNames {
    /// Ids longer than this (in UTF-8 bytes) are truncated to 64 bytes plus a hash.
    public static let maximumLength = 80
    /// Names the batch writes at the top of the output folder, never used for an incident folder.
    public static let reserved: Set<String> = Set(["summary.csv", "errors.csv"] + LayerFormat.allCases.map { "incidents.\($0.fileExtension)" })

    /// The folder name for `id` on input row `row`.
    public static func folder(for id: String, row: Int) -> String {
        guard !id.isEmpty else { return "row-\(row)" }
        var bytes: [UInt8] = []
        var changed = false
        for (i, byte) in id.utf8.enumerated() {
            let safe = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || (byte == UInt8(ascii: ".") && i > 0)
            bytes.append(safe ? byte : UInt8(ascii: "_"))
            changed = changed || !safe
        }
        if bytes.count > maximumLength {
            bytes = Array(bytes.prefix(64))
            changed = true
        }
        let name = String(decoding: bytes, as: UTF8.self)
        guard changed || reserved.contains(name) else { return name }
        return name + "-" + hex(fnv1a(Array(id.utf8)), digits: 8)
    }

    /// FNV-1a, 64 bits: stable across runs and platforms (unlike `Hasher`).
    static func fnv1a(_ bytes: some Sequence<UInt8>, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// The low `digits` hex digits of `value`, zero-padded.
    static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - text.count)) + text
        return String(padded.suffix(digits))
    }
}

/// Remembers the folders given so far in a run: 8 bytes per row, so 100,000 rows cost under 2 MB.
struct FolderRegistry {
    private var firstRow: [UInt64: Int] = [:]

    /// The first row that took `folder`, or nil (and `folder` is now taken by `row`).
    mutating func claim(_ folder: String, row: Int) -> Int? {
        let key = FolderNames.fnv1a(Array(folder.utf8))
        if let first = firstRow[key] { return first }
        firstRow[key] = row
        return nil
    }
}
