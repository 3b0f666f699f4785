import Foundation
import Testing
@testable import GeoEngines

@Suite struct GEOSGeometryTests {
    @Test func bufferOfAPointApproachesACircle() throws {
        let geos = GEOSContext()
        let disc = try GEOSGeometry.point(XY(0, 0), in: geos).buffer(1000, quadrantSegments: 64)
        guard case .polygon(let rings) = try disc.parts()[0] else { Issue.record("not a polygon"); return }
        let ring = rings[0]
        // 64 segments a quadrant: a regular 256-gon inscribed in the circle, area n/2 · r² · sin(2π/n).
        #expect(ring.count == 257)
        let area = zip(ring, ring.dropFirst()).reduce(0.0) { $0 + ($1.0.x * $1.1.y - $1.1.x * $1.0.y) } / 2
        let inscribed = 128 * 1e6 * sin(2 * Double.pi / 256)
        #expect(abs(abs(area) - inscribed) < 1e-3)
        #expect(ring.first == ring.last)
    }

    @Test func lineClippedByPolygonGivesThePiecesInside() throws {
        let geos = GEOSContext()
        let line = try GEOSGeometry.lineString([XY(-10, 0), XY(10, 0)], in: geos)
        let square = try GEOSGeometry.polygon([[XY(-1, -1), XY(1, -1), XY(1, 1), XY(-1, 1), XY(-1, -1)]], in: geos)
        #expect(try line.intersects(square))
        let parts = try line.intersection(square).parts()
        #expect(parts == [.lineString([XY(-1, 0), XY(1, 0)])])
    }

    /// A bad hole used to be found after the shell was made, leaving the shell allocated and owned by
    /// nobody (LeakSanitizer reports it under `swift test --sanitize=address`).
    @Test func aBadHoleIsRefusedBeforeAnyRingIsMade() {
        let geos = GEOSContext()
        let shell = [XY(0, 0), XY(4, 0), XY(4, 4), XY(0, 4), XY(0, 0)]
        let goodHole = [XY(1, 1), XY(1, 2), XY(2, 2), XY(2, 1), XY(1, 1)]
        #expect(throws: GEOSError.self) {
            _ = try GEOSGeometry.polygon([shell, goodHole, [XY(3, 3), XY(3.5, 3), XY(3, 3)]], in: geos)
        }
        #expect(throws: GEOSError.self) {
            _ = try GEOSGeometry.polygon([shell, [XY(1, 1), XY(.nan, 2), XY(2, 2), XY(1, 1)]], in: geos)
        }
    }

    @Test func openRingIsRefusedBeforeReachingGEOS() {
        let geos = GEOSContext()
        #expect(throws: GEOSError.self) {
            _ = try GEOSGeometry.polygon([[XY(0, 0), XY(1, 0), XY(1, 1), XY(0, 1)]], in: geos)
        }
    }

    @Test func geosErrorsArriveAsSwiftErrorsWithTheirMessage() throws {
        let geos = GEOSContext()
        // A one-point line string is invalid in GEOS: the constructor fails and reports why.
        do {
            _ = try GEOSGeometry.lineString([XY(0, 0)], in: geos)
            Issue.record("expected an error")
        } catch let error as GEOSError {
            #expect(error.message.contains("IllegalArgumentException"))
        }
        // The context stays usable after an error.
        _ = try GEOSGeometry.point(XY(1, 2), in: geos).wkt()
    }

    @Test func nonFiniteCoordinatesAreRefused() {
        #expect(throws: GEOSError.self) { _ = try GEOSGeometry.lineString([XY(0, 0), XY(.nan, 1)], in: GEOSContext()) }
    }
}
