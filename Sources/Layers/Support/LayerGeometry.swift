import GeoEngines
import GeoJSON
import RouteModel
import TextFormats

/// Conversions from route values to GeoJSON geometry.
enum LayerGeometry {
    static func position(_ p: GeoPoint, altitude: Double? = nil) -> Position {
        Position(longitude: p.lon, latitude: p.lat, altitude: altitude)
    }

    static func line(_ points: [GeoPoint]) -> Geometry {
        .lineString(lineCoordinates(points.map { position($0) }))
    }

    /// A LineString needs two positions: a single point is doubled.
    static func lineCoordinates(_ positions: [Position]) -> [Position] {
        positions.count == 1 ? positions + positions : positions
    }

    /// A polygon with its exterior ring counter-clockwise and holes clockwise (RFC 7946 §3.1.6), every ring closed.
    static func polygon(_ rings: [[GeoPoint]]) -> Geometry {
        .polygon(rings.enumerated().map { index, ring in
            var closed = ring
            if let first = closed.first, closed.last != first { closed.append(first) }
            let counterClockwise = signedArea(closed) > 0
            if counterClockwise != (index == 0) { closed.reverse() }
            return closed.map { position($0) }
        })
    }

    /// Twice the signed shoelace area of a ring in lon/lat degrees: positive when counter-clockwise.
    /// Good for rings that are small and do not cross the antimeridian, as all routemap's rings are.
    static func signedArea(_ ring: [GeoPoint]) -> Double {
        guard ring.count > 2 else { return 0 }
        var sum = 0.0
        for (a, b) in zip(ring, ring.dropFirst()) { sum += a.lon * b.lat - b.lon * a.lat }
        if let first = ring.first, let last = ring.last, first != last { sum += last.lon * first.lat - first.lon * last.lat }
        return sum
    }

    /// Points of the line between two chainages with their chainage, including every vertex in
    /// between and the extra chainages in `breaks` (e.g. where known elevation starts or stops).
    static func chainagePoints(_ route: Route, fromKm: Double, toKm: Double, breaks: [Double] = []) -> [(km: Double, point: GeoPoint)] {
        let line = route.line
        var result: [(km: Double, point: GeoPoint)] = [(fromKm, line.point(atChainage: fromKm))]
        let inner = breaks.filter { $0 > fromKm && $0 < toKm }.sorted()
        var next = inner.makeIterator(), pending = next.next()
        for (i, km) in line.chainageKm.enumerated() where km > fromKm && km < toKm {
            while let b = pending, b <= km {
                if abs(b - km) > 1e-9 { result.append((b, line.point(atChainage: b))) }
                pending = next.next()
            }
            result.append((km, line.points[i]))
        }
        while let b = pending {
            result.append((b, line.point(atChainage: b)))
            pending = next.next()
        }
        result.append((toKm, line.point(atChainage: toKm)))
        return result
    }
}

extension Optional where Wrapped == Double {
    /// `null` for nil.
    var json: JSONValue { map(JSONValue.number) ?? .null }
}

extension Optional where Wrapped == String {
    /// `null` for nil or empty.
    var json: JSONValue { self.flatMap { $0.isEmpty ? nil : JSONValue.string($0) } ?? .null }
}
