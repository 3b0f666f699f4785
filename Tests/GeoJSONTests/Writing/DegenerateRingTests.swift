import Foundation
import GeoJSON
import Testing

/// A ring that encloses no area as written — a small ring rounded to few decimals collapses to one
/// repeated point — is refused by the writer and reported by the validator (both used to accept it).
@Suite struct DegenerateRingTests {
    /// A 1 km circle around Sibi, as a 16-gon (0.009° ≈ 1 km of latitude).
    let circle: [Position] = {
        var ring = (0..<16).map { i -> Position in
            let a = Double(i) / 16 * 2 * .pi
            return Position(longitude: 67.88 + 0.0104 * cos(a), latitude: 29.55 + 0.009 * sin(a))
        }
        ring.append(ring[0])
        return ring
    }()

    @Test func aRingRoundedToOnePointIsRefusedNamingThePrecision() {
        let error = writeError { _ = try written([Feature(geometry: .polygon([circle]))], options: GeoJSONWriteOptions(precision: 0)) }
        #expect(error?.reason == .degenerateRing)
        #expect(error?.path == "record[0].geometry.coordinates[0]")
        #expect(error?.message == "expected a linear ring enclosing an area, but it has only 1 distinct position at 0 decimals (use more decimals)")
    }

    @Test func theSameRingIsWrittenWhereTheDecimalsKeepItsArea() throws {
        #expect(try written([Feature(geometry: .polygon([circle]))], options: GeoJSONWriteOptions(precision: 3)).contains("Polygon"))
    }

    @Test func collinearRingsAreRefusedAtAnyPrecision() {
        let flat: [Position] = [[67, 29], [67.5, 29.5], [68, 30], [67, 29]]
        let error = writeError { _ = try written([Feature(geometry: .polygon([flat]))]) }
        #expect(error?.reason == .degenerateRing)
        #expect(error?.message.contains("collinear (zero area)") == true)
    }

    @Test func theValidatorReportsCollapsedAndFlatRings() {
        let collapsed = #"{"type": "Polygon", "coordinates": [[[68, 30], [68, 30], [68, 30], [68, 30]]]}"#
        #expect(GeoJSONValidator.validate(Array(collapsed.utf8)).map(\.description)
                    == ["coordinates[0]: expected a linear ring enclosing an area, but it has only 1 distinct position"])
        let flat = #"{"type": "Polygon", "coordinates": [[[67, 29], [67.5, 29.5], [68, 30], [67, 29]]]}"#
        #expect(GeoJSONValidator.validate(Array(flat.utf8)).map(\.description)
                    == ["coordinates[0]: expected a linear ring enclosing an area, but its positions are collinear (zero area)"])
        let triangle = #"{"type": "Polygon", "coordinates": [[[67, 29], [68, 29], [68, 30], [67, 29]]]}"#
        #expect(GeoJSONValidator.validate(Array(triangle.utf8)).isEmpty)
    }
}
