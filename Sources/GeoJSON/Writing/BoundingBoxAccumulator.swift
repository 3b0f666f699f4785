/// The extent of positions seen so far, for `bbox` members.
struct BoundingBoxAccumulator {
    private(set) var west = Double.infinity
    private(set) var south = Double.infinity
    private(set) var east = -Double.infinity
    private(set) var north = -Double.infinity
    private(set) var minimumAltitude = Double.infinity
    private(set) var maximumAltitude = -Double.infinity
    private(set) var positionCount = 0
    private(set) var altitudeCount = 0

    var isEmpty: Bool { positionCount == 0 }
    /// A 3D box only when every position had an altitude.
    var hasAltitude: Bool { altitudeCount == positionCount && positionCount > 0 }

    mutating func add(longitude: Double, latitude: Double, altitude: Double?) {
        west = min(west, longitude)
        east = max(east, longitude)
        south = min(south, latitude)
        north = max(north, latitude)
        positionCount += 1
        if let altitude {
            minimumAltitude = min(minimumAltitude, altitude)
            maximumAltitude = max(maximumAltitude, altitude)
            altitudeCount += 1
        }
    }

    mutating func add(_ other: BoundingBoxAccumulator) {
        guard !other.isEmpty else { return }
        west = min(west, other.west)
        east = max(east, other.east)
        south = min(south, other.south)
        north = max(north, other.north)
        minimumAltitude = min(minimumAltitude, other.minimumAltitude)
        maximumAltitude = max(maximumAltitude, other.maximumAltitude)
        positionCount += other.positionCount
        altitudeCount += other.altitudeCount
    }

    /// The RFC 7946 §5 order: all minima, then all maxima.
    var values: [Double] {
        hasAltitude ? [west, south, minimumAltitude, east, north, maximumAltitude] : [west, south, east, north]
    }
}
