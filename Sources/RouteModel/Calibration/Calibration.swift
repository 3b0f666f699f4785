/// Chainage for every vertex of the modelled line from km-post control points.
///
/// Chainage is exact at every control point (a station with a km post) and is distributed between two
/// consecutive control points in proportion to the geodesic length of the modelled line between them.
/// So a stretch whose km posts are longer than the drawn line (a winding track drawn station to station)
/// is stretched, and one whose posts are shorter than the straight line is compressed: the data checks
/// report the latter, since a track cannot be shorter than the straight line.
enum Calibration {
    /// - Parameters:
    ///   - cumulativeLengthM: geodesic length from the first vertex to each vertex, metres.
    ///   - controls: the chainage (km) at vertices that have one; nil elsewhere. The first and last
    ///     vertices must be controls.
    /// - Returns: chainage in km for every vertex.
    static func chainage(cumulativeLengthM: [Double], controls: [Double?]) -> [Double] {
        precondition(cumulativeLengthM.count == controls.count && controls.first! != nil && controls.last! != nil)
        var result = [Double](repeating: 0, count: controls.count)
        var previous = 0
        for i in controls.indices {
            guard let c = controls[i] else { continue }
            result[i] = c
            if i > previous + 1 {
                let c0 = controls[previous]!
                let span = cumulativeLengthM[i] - cumulativeLengthM[previous]
                for j in (previous + 1)..<i {
                    let fraction = span > 0 ? (cumulativeLengthM[j] - cumulativeLengthM[previous]) / span : 0
                    result[j] = c0 + fraction * (c - c0)
                }
            }
            previous = i
        }
        return result
    }
}
