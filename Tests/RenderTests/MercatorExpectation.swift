import Foundation
import Render

/// The Web Mercator fit written out independently of the Render module, for expected pixels.
struct MercatorExpectation {
    static let r = 6_378_137.0
    let frame: PixelRect
    let west: Double, south: Double, east: Double, north: Double

    static func x(_ lon: Double) -> Double { r * lon * .pi / 180 }
    static func y(_ lat: Double) -> Double { r * log(tan(.pi / 4 + lat * .pi / 360)) }

    /// Pixels per Mercator metre.
    var scale: Double {
        min(frame.width / (Self.x(east) - Self.x(west)), frame.height / (Self.y(north) - Self.y(south)))
    }

    func pixel(lon: Double, lat: Double) -> (x: Double, y: Double) {
        let cx = (Self.x(west) + Self.x(east)) / 2, cy = (Self.y(south) + Self.y(north)) / 2
        return (frame.x + frame.width / 2 + (Self.x(lon) - cx) * scale,
                frame.y + frame.height / 2 - (Self.y(lat) - cy) * scale)
    }

    /// Latitude at the frame's vertical centre (the inverse Mercator formula).
    var centreLatitude: Double {
        let cy = (Self.y(south) + Self.y(north)) / 2
        return (2 * atan(exp(cy / Self.r)) - .pi / 2) * 180 / .pi
    }
}
