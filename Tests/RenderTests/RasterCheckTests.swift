import RouteMapTestSupport
import Foundation
import Render
import Testing

/// librsvg as an independent consumer: the pictures must convert to PNG. The SVG and PNG files are
/// left in `$TMPDIR/routemap-render` for looking at.
@Suite struct RasterCheckTests {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-render")
    static let converter = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert"].first(where: FileManager.default.isExecutableFile)

    static func pictures() -> [(name: String, svg: String)] {
        let route = ShippedRoute.route
        let layers = RouteLayers.all(route)
        let incident = ProfileIncident(label: "Hijacking, 11 Mar 2025", fromKm: 101, toKm: 125, bestKm: 113)
        return [
            ("map", SVGMap(title: "Jaffar Express: Quetta – Peshawar Cantt (1,635 km)").render(layers)),
            ("map-incident", SVGMap(title: "Jaffar Express hijacking, 11 March 2025: Bolan Pass",
                                    bounds: MapBounds.around(route.line.point(atChainage: 113), radiusKm: 45)).render(layers)),
            ("profile", ProfileChart(incident: incident).render(route)),
            ("profile-whole-route", ProfileChart(rangeKm: 0...route.lengthKm, incident: incident).render(route)),
            ("profile-zoom", ProfileChart(width: 800, height: 560, rangeKm: 95...130, incident: incident).render(route)),
        ]
    }

    /// Scripts/test installs librsvg2-bin, so in CI a missing converter is a failure, not a skip.
    @Test(.enabled(if: converter != nil || ProcessInfo.processInfo.environment["CI"] != nil, "rsvg-convert (librsvg2-bin) is not installed"))
    func picturesConvertToPNG() throws {
        try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
        for picture in Self.pictures() {
            let svg = Self.folder.appendingPathComponent(picture.name + ".svg")
            let png = Self.folder.appendingPathComponent(picture.name + ".png")
            try picture.svg.write(to: svg, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try #require(Self.converter))
            process.arguments = ["-o", png.path, svg.path]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "rsvg-convert failed on \(picture.name)")
            let size = try FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int ?? 0
            #expect(size > 10_000)
        }
    }
}
