import GeoEngines
import RouteModel

/// Where an incident is placed on the route, how sure that is, and what went into it.
public struct Placement: Sendable {
    /// A station near the placed point, with the along-track km to it.
    public struct NearStation: Sendable, Equatable {
        /// The station's name.
        public var name: String
        /// Its chainage, km.
        public var chainageKm: Double
        /// Along-track km from the placed point (≥ 0).
        public var alongTrackKm: Double
    }

    /// The incident as given.
    public var incident: Incident
    /// Every clue as read, in the incident's order.
    public var readings: [ClueReading]
    /// Where the kept clues agree (one or more pieces).
    public var chainages: ChainageSet
    /// From the start of the first piece to the end of the last.
    public var interval: ClosedRange<Double>
    /// The best single chainage: a surviving coordinate clue's snap when it lies in `chainages`,
    /// else the centre of the interval (of its longest piece if the centre falls in a gap).
    public var chainageKm: Double
    /// How `chainageKm` was chosen.
    public var chainageBasis: String
    /// `interval` widened by the km posts' rounding at each end not already rounded (clipped to the route).
    public var tolerance: ClosedRange<Double>
    /// ± km around `chainageKm` that `tolerance` spans.
    public var uncertaintyKm: Double
    /// The route at `chainageKm`: point, line and km post, stations, elevation, gradient, tunnels, terrain.
    public var position: RoutePosition
    /// The last station at or before `chainageKm`.
    public var stationBefore: NearStation
    /// The first station after `chainageKm`.
    public var stationAfter: NearStation
    /// Indices of the clues the placement rests on.
    public var used: [Int]
    /// Clues set aside (or, at weight 0, not used) because they disagree with the placement.
    public var conflicts: [Conflict]
    /// Everything else worth knowing: unknown names, uncertain tunnels, far coordinates, equal alternatives.
    public var warnings: [String]
    /// When the clues leave several candidate places, what they are in words (e.g. "one of 5 tunnels
    /// between km 25 and km 125: …"); nil for a single stretch.
    public var candidates: String? = nil
    /// Admin areas, location phrase and conflict-data precision codes (set by `IncidentPlacer`).
    public var record: ConflictDataFields? = nil

    /// Indices of the clues not used, for any reason (conflict, unreadable, weight 0).
    public var rejected: [Int] { readings.map(\.index).filter { !used.contains($0) } }

    /// What the figures can and cannot claim.
    public static let accuracyNote = "Chainages come from whole-km posts (±0.5 km each); the line's lateral shape between stations is approximate (drawn station to station), so the point is good to the interval, not to the metre; along-track figures follow the km posts."
}

/// Why an incident could not be placed.
public struct PlacementError: Error, CustomStringConvertible, Equatable {
    /// The incident's id.
    public var incidentID: String
    /// Why each clue could not be used.
    public var problems: [String]

    /// One line naming the incident and each problem.
    public var description: String {
        "incident \(incidentID) cannot be placed: no clue gives a place on the route" + (problems.isEmpty ? "" : ": " + problems.joined(separator: "; "))
    }
}
