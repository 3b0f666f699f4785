import Foundation
import GeoEngines
import RouteModel

/// How far one relief point is from a placed incident, by air and by rail, with ranges over the
/// incident's interval.
public struct ReliefDistance: Sendable {
    /// Rank (1 = nearest or fastest) among all relief points by each measure.
    public struct Ranks: Sendable, Equatable {
        /// By geodesic distance from the placed point.
        public var distance: Int
        /// By along-track km to the access point.
        public var alongTrack: Int
        /// By rail ETA; nil when the speeds do not cover the span.
        public var rail: Int?
        /// By helicopter ETA (the same order as distance); nil without a cruise speed.
        public var air: Int?
    }

    /// The relief point as in relief_points.csv.
    public var point: ReliefPoint
    /// Geodesic distance (m) from the placed point.
    public var distanceM: Double
    /// Least and greatest geodesic distance (m) from any point of the line in the incident's interval.
    public var distanceRangeM: ClosedRange<Double>
    /// Azimuth from the placed point to the relief point, degrees clockwise from north [0, 360).
    public var azimuthDeg: Double
    /// Where the relief point meets the line (its snap): chainage, and its offset from the line.
    public var access: SnapResult
    /// Along-track km between the placed chainage and the access chainage.
    public var alongTrackKm: Double
    /// Along-track km over the incident's interval.
    public var alongTrackRangeKm: ClosedRange<Double>
    /// Train minutes between the placed chainage and the access point (speed sections); nil if the
    /// speeds do not cover the span. The stretch from the line to an off-line point is not included.
    public var railMinutes: Double?
    /// Rail minutes from the nearest and the farthest end of the incident's interval.
    public var railMinutesRange: ClosedRange<Double>?
    /// Helicopter minutes over `distanceM` at the route's stated cruise speed; nil without one.
    public var airMinutes: Double?
    /// Helicopter minutes over `distanceRangeM`.
    public var airMinutesRange: ClosedRange<Double>?
    /// Ranks among all relief points by each measure.
    public var ranks: Ranks
    /// Caveats: town-level coordinate, distance of the point from the line.
    public var notes: [String]
}

/// Distances from a placed incident to each of the route's relief points.
public struct ReliefReport: Sendable {
    /// The placement the distances are measured from.
    public var placement: Placement
    /// Sorted by along-track km, nearest first.
    public var entries: [ReliefDistance]
    /// How the ETAs are obtained (speed sections' basis, helicopter cruise speed and its basis).
    public var basis: [String]
    /// What the reader must not miss: the nearest relief point along the track farther than
    /// `farAlongTrackKm` (the relief data does not cover that stretch of the line).
    public var warnings: [String] = []

    /// Along-track distance (km) beyond which the nearest relief point is reported as far: 100 km, about
    /// two hours by rail at the route's plain-section speeds, is a modelling choice.
    public static let farAlongTrackKm = 100.0

    /// The warnings for `entries` sorted nearest along the track first.
    static func warnings(_ entries: [ReliefDistance], at chainageKm: Double) -> [String] {
        guard let nearest = entries.first, nearest.alongTrackKm > farAlongTrackKm else { return [] }
        return [String(format: "the nearest relief point along the track, %@, is %.0f km away (more than %.0f km) from chainage %.1f km: the relief data does not cover this stretch of the line",
                       nearest.point.name, nearest.alongTrackKm, farAlongTrackKm, chainageKm)]
    }
}

extension IncidentPlacer {
    /// Distances and ETAs from `placement` to every relief point of the route.
    public func reliefDistances(for placement: Placement) throws -> ReliefReport {
        let geodesic = Geodesic.wgs84
        let speeds = route.speeds
        let cruise = route.document.helicopter?.cruiseKmh
        let at = placement.position.point, here = placement.chainageKm
        let span = placement.interval
        let stretch = lineSegments(span)
        var entries = try route.reliefPoints.map { point -> ReliefDistance in
            let inverse = geodesic.inverse(at, point.position)
            let distanceRange = stretch.isEmpty ? inverse.distance...inverse.distance
                : stretch.map { $0.distanceRange(from: point.position) }.reduce(stretch[0].distanceRange(from: point.position)) {
                    min($0.lowerBound, $1.lowerBound)...max($0.upperBound, $1.upperBound)
                }
            let access = try reader.snapper.snap(point.position)
            let x = access.chainageKm
            let nearest = min(max(x, span.lowerBound), span.upperBound)
            let farthest = abs(x - span.lowerBound) > abs(x - span.upperBound) ? span.lowerBound : span.upperBound
            let rail = RailTime.minutes(from: here, to: x, speeds: speeds)
            let railLow = RailTime.minutes(from: nearest, to: x, speeds: speeds), railHigh = RailTime.minutes(from: farthest, to: x, speeds: speeds)
            var notes: [String] = []
            if point.precision == .town { notes.append("coordinate is town-level, not the site itself") }
            if access.offsetM > 1000 {
                notes.append(String(format: "%.1f km from the line (access at chainage %.1f km); rail figures stop at the line", access.offsetM / 1000, x))
            }
            return ReliefDistance(point: point, distanceM: inverse.distance, distanceRangeM: distanceRange,
                                  azimuthDeg: inverse.azimuthDegrees, access: access, alongTrackKm: abs(x - here),
                                  alongTrackRangeKm: abs(x - nearest)...abs(x - farthest),
                                  railMinutes: rail, railMinutesRange: railLow.flatMap { l in railHigh.map { l...$0 } },
                                  airMinutes: cruise.map { inverse.distance / 1000 / $0 * 60 },
                                  airMinutesRange: cruise.map { (distanceRange.lowerBound / 1000 / $0 * 60)...(distanceRange.upperBound / 1000 / $0 * 60) },
                                  ranks: .init(distance: 0, alongTrack: 0, rail: nil, air: nil), notes: notes)
        }
        let byDistance = ranks(entries.map(\.distanceM))
        let byTrack = ranks(entries.map(\.alongTrackKm))
        let byRail = ranks(entries.map { $0.railMinutes ?? .infinity })
        for i in entries.indices {
            entries[i].ranks = .init(distance: byDistance[i], alongTrack: byTrack[i],
                                     rail: entries[i].railMinutes == nil ? nil : byRail[i],
                                     air: cruise == nil ? nil : byDistance[i])
        }
        entries.sort { ($0.alongTrackKm, $0.distanceM) < ($1.alongTrackKm, $1.distanceM) }
        var basis = ["rail ETA: time over the route's speed sections (" + Set(speeds.map(\.basis)).sorted().joined(separator: ", ")
                     + "), from the placed chainage to the relief point's access point on the line; the stretch off the line is not included"]
        if let h = route.document.helicopter {
            basis.append("air ETA: straight-line (geodesic) distance at \(ChainageSet.km(h.cruiseKmh)) km/h cruise (\(h.basis)): \(h.source ?? "")")
        } else {
            basis.append("air ETA: not given, route.json has no helicopter cruise speed")
        }
        basis.append("ranges: over the incident's interval \(ChainageSet(span)), exact nearest and farthest points of the line (geodesic, to the millimetre)")
        return ReliefReport(placement: placement, entries: entries, basis: basis,
                            warnings: ReliefReport.warnings(entries, at: here))
    }

    /// The line over `span` as geodesic segments (none when the span is a single point).
    private func lineSegments(_ span: ClosedRange<Double>) -> [GeodesicSegment] {
        let line = route.line.subline(fromKm: span.lowerBound, toKm: span.upperBound)
        return zip(line, line.dropFirst()).map { GeodesicSegment(from: $0, to: $1) }
    }

    /// 1-based ordinal ranks of `values` (ties in input order).
    private func ranks(_ values: [Double]) -> [Int] {
        var result = [Int](repeating: 0, count: values.count)
        for (rank, i) in values.indices.sorted(by: { (values[$0], $0) < (values[$1], $1) }).enumerated() { result[i] = rank + 1 }
        return result
    }
}
