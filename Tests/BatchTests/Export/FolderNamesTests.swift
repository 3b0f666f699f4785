import Testing
@testable import Batch

@Suite struct FolderNamesTests {
    @Test func safeIdsKeepTheirName() {
        #expect(FolderNames.folder(for: "JE-2025-03-11", row: 1) == "JE-2025-03-11")
        #expect(FolderNames.folder(for: "a.b_c", row: 1) == "a.b_c")
    }

    @Test func unsafeIdsCannotLeaveTheFolder() {
        for id in ["../../etc/x", "/tmp/x", "..", ".", ".hidden", "a/b", "nul\u{0}id", "spaces here", "Ünïcode", "summary.csv", "errors.csv"] {
            let name = FolderNames.folder(for: id, row: 3)
            #expect(!name.contains("/") && !name.contains("\u{0}") && !name.hasPrefix(".") && !name.isEmpty, "\(id) → \(name)")
            #expect(!FolderNames.reserved.contains(name))
            #expect(name.range(of: "^[A-Za-z0-9_][A-Za-z0-9._-]*-[0-9a-f]{8}$", options: .regularExpression) != nil, "\(id) → \(name)")
        }
        #expect(FolderNames.folder(for: "../../etc/x", row: 1).hasPrefix("_._.._etc_x-"))
    }

    @Test func distinctIdsStayDistinctAndNamesAreStable() {
        #expect(FolderNames.folder(for: "a/b", row: 1) != FolderNames.folder(for: "a_b", row: 1))
        #expect(FolderNames.folder(for: "a/b", row: 1) != FolderNames.folder(for: "a\\b", row: 1))
        // FNV-1a: the same name on every run and machine.
        #expect(FolderNames.folder(for: "a/b", row: 1) == FolderNames.folder(for: "a/b", row: 9))
        #expect(FolderNames.hex(FolderNames.fnv1a(Array("a".utf8)), digits: 16) == "af63dc4c8601ec8c")
    }

    @Test func longIdsAreTruncatedWithAHash() {
        let long = String(repeating: "x", count: 300)
        let name = FolderNames.folder(for: long, row: 1)
        #expect(name.utf8.count == 64 + 9 && name.hasPrefix(String(repeating: "x", count: 64) + "-"))
        #expect(name != FolderNames.folder(for: long + "y", row: 1))
        #expect(FolderNames.folder(for: String(repeating: "é", count: 100), row: 1).utf8.count == 73)
    }

    @Test func emptyIdsAreNamedByRow() {
        #expect(FolderNames.folder(for: "", row: 14) == "row-14")
    }

    @Test func theRegistrySpotsDuplicates() {
        var registry = FolderRegistry()
        #expect(registry.claim("a", row: 1) == nil)
        #expect(registry.claim("b", row: 2) == nil)
        #expect(registry.claim("a", row: 5) == 1)
    }
}
