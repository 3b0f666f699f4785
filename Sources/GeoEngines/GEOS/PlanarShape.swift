/// A planar coordinate pair (metres in a projected CRS, or degrees where stated).
public struct XY: Sendable, Hashable {
    /// Easting in metres (longitude in degrees where stated).
    public var x: Double
    /// Northing in metres (latitude in degrees where stated).
    public var y: Double

    /// The pair (`x`, `y`).
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// A simple geometry as plain Swift values, the form in which shapes leave GEOS.
public enum PlanarShape: Sendable, Equatable {
    case point(XY)
    case lineString([XY])
    /// Exterior ring first, then holes; each ring closed (first == last).
    case polygon([[XY]])
    case empty

    /// The shape with every coordinate passed through `transform` (e.g. an inverse projection).
    public func mapCoordinates(_ transform: (XY) throws -> XY) rethrows -> PlanarShape {
        switch self {
        case .point(let p): return .point(try transform(p))
        case .lineString(let ps): return .lineString(try ps.map(transform))
        case .polygon(let rings): return .polygon(try rings.map { try $0.map(transform) })
        case .empty: return .empty
        }
    }
}
