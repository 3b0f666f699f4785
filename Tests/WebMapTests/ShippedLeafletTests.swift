import Foundation
import ShippedLeaflet
import Testing

/// The embedded Leaflet is Debian's: when the installed libjs-leaflet has the same Leaflet version, the
/// embedded script is byte for byte its `leaflet.min.js` (re-run Scripts/embed-leaflet otherwise).
@Suite struct ShippedLeafletTests {
    static let installed = URL(fileURLWithPath: "/usr/share/javascript/leaflet/leaflet.min.js")

    @Test func embeddedScriptIsLeaflet() {
        #expect(ShippedLeaflet.script.contains("version=\"\(ShippedLeaflet.version)\""))
        #expect(ShippedLeaflet.stylesheet.contains(".leaflet-control-layers"))
        #expect(!ShippedLeaflet.stylesheet.contains("url(images/"))
        #expect(ShippedLeaflet.licence.contains("Redistribution and use in source and binary forms"))
    }

    /// Scripts/test installs libjs-leaflet, so in CI a missing package is a failure, not a skip.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: installed.path) || ProcessInfo.processInfo.environment["CI"] != nil,
                   "libjs-leaflet is not installed"))
    func embeddedScriptMatchesTheInstalledPackage() throws {
        let installed = try String(contentsOf: Self.installed, encoding: .utf8)
        let version = installed.range(of: #"version="[^"]+""#, options: .regularExpression).map { String(installed[$0]) }
        try #require(version == "version=\"\(ShippedLeaflet.version)\"", "installed Leaflet \(version ?? "?") differs from the embedded \(ShippedLeaflet.version): run Scripts/embed-leaflet")
        #expect(installed == ShippedLeaflet.script)
    }
}
