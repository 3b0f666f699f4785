import GeoEngines
import Placement
import RouteModel

/// What the `incident` and `distances` layers need from a placed incident: the best point, the
/// uncertainty interval and the distances to the relief points. Build it from the Placement module's
/// results with ``init(placement:relief:)``, or directly (tests, other placers).
public struct IncidentLayerInput: Sendable {
    /// One relief point as seen from the incident.
    public struct Relief: Sendable {
        /// The relief point, as in `relief_points.csv` or the route's replacement set.
        public var point: ReliefPoint
        /// Geodesic distance from the incident's best point, metres.
        public var distanceM: Double
        /// Azimuth from the incident to the relief point, degrees clockwise from north, [0, 360).
        public var azimuthDeg: Double
        /// Along-track km from the incident's chainage to where the relief point meets the line.
        public var alongTrackKm: Double
        /// The chainage where the relief point meets the line.
        public var accessChainageKm: Double
        /// Train minutes over the speed sections, when they cover the span.
        public var railMinutes: Double?
        /// Helicopter minutes at the route's cruise speed, when it has one.
        public var airMinutes: Double?
        /// Caveats (town-level coordinate, far from the line…).
        public var notes: [String]

        /// An entry from its measures; rail and air minutes default to nil (not known), notes to none.
        public init(point: ReliefPoint, distanceM: Double, azimuthDeg: Double, alongTrackKm: Double, accessChainageKm: Double,
                    railMinutes: Double? = nil, airMinutes: Double? = nil, notes: [String] = []) {
            self.point = point
            self.distanceM = distanceM
            self.azimuthDeg = azimuthDeg
            self.alongTrackKm = alongTrackKm
            self.accessChainageKm = accessChainageKm
            self.railMinutes = railMinutes
            self.airMinutes = airMinutes
            self.notes = notes
        }
    }

    /// A coordinate a reporter gave (an `at` clue): the point itself, not only its snap to the line.
    public struct ReportedPoint: Sendable, Equatable {
        /// The clue's index in the incident (0-based).
        public var clue: Int
        /// The coordinate as given, WGS84.
        public var point: GeoPoint
        /// Its stated accuracy, metres.
        public var accuracyM: Double
        /// Where it snaps to the line, chainage km (nil when it was not snapped).
        public var snappedChainageKm: Double?
        /// Its distance from the drawn line, metres (nil when it was not snapped).
        public var offsetM: Double?
        /// Whether the placement rests on it (false: set aside as a conflict, or weight 0).
        public var used: Bool

        /// A reported point from its parts.
        public init(clue: Int, point: GeoPoint, accuracyM: Double, snappedChainageKm: Double?, offsetM: Double?, used: Bool) {
            self.clue = clue
            self.point = point
            self.accuracyM = accuracyM
            self.snappedChainageKm = snappedChainageKm
            self.offsetM = offsetM
            self.used = used
        }
    }

    /// The incident's id, e.g. `JE-2025-03-11`.
    public var id: String
    /// The incident's title (`init(placement:relief:)` uses the id when the file gives none).
    public var title: String
    /// ISO 8601 time, as the incident file gives it.
    public var time: String?
    /// The best single chainage and its point on the line.
    public var chainageKm: Double
    /// The point of the modelled line at `chainageKm`, WGS84.
    public var point: GeoPoint
    /// Id of the line at `chainageKm`, e.g. `ML-3`.
    public var line: String
    /// That line's km post at `chainageKm`, km.
    public var kmPost: Double
    /// Where the clues agree, chainage km.
    public var interval: ClosedRange<Double>
    /// ± km around `chainageKm` that the interval widened by post rounding spans.
    public var uncertaintyKm: Double
    /// How the chainage was chosen.
    public var basis: String
    /// The relief points as seen from the incident (nearest along the track first when built from a `ReliefReport`).
    public var relief: [Relief]
    /// Clues set aside because they disagree with the rest, each as "clue N (summary): reason".
    public var conflicts: [String]
    /// The coordinates reporters gave (`at` clues), in clue order.
    public var reportedPoints: [ReportedPoint]

    /// An input from its parts (tests, other placers).
    public init(id: String, title: String, time: String?, chainageKm: Double, point: GeoPoint, line: String, kmPost: Double,
                interval: ClosedRange<Double>, uncertaintyKm: Double, basis: String, relief: [Relief],
                conflicts: [String] = [], reportedPoints: [ReportedPoint] = []) {
        self.id = id
        self.title = title
        self.time = time
        self.chainageKm = chainageKm
        self.point = point
        self.line = line
        self.kmPost = kmPost
        self.interval = interval
        self.uncertaintyKm = uncertaintyKm
        self.basis = basis
        self.relief = relief
        self.conflicts = conflicts
        self.reportedPoints = reportedPoints
    }
}


extension IncidentLayerInput {
    /// The layer input for a placement and its relief distances (Placement module): the best point is
    /// the placement's chainage on the line, the interval where the kept clues agree.
    public init(placement: Placement, relief: ReliefReport) {
        let incident = placement.incident
        self.init(id: incident.id, title: incident.title.isEmpty ? incident.id : incident.title,
                  time: incident.time.isEmpty ? nil : incident.time, chainageKm: placement.chainageKm,
                  point: placement.position.point, line: placement.position.line, kmPost: placement.position.kmPost,
                  interval: placement.interval, uncertaintyKm: placement.uncertaintyKm, basis: placement.chainageBasis,
                  relief: relief.entries.map { entry in
                      Relief(point: entry.point, distanceM: entry.distanceM, azimuthDeg: entry.azimuthDeg,
                             alongTrackKm: entry.alongTrackKm, accessChainageKm: entry.access.chainageKm,
                             railMinutes: entry.railMinutes, airMinutes: entry.airMinutes, notes: entry.notes)
                  },
                  conflicts: placement.conflicts.map { conflict in
                      "clue \(conflict.clue) (\(placement.readings[conflict.clue].clue.summary)): \(conflict.reason)"
                  },
                  reportedPoints: placement.readings.compactMap { reading in
                      guard case .at(let lon, let lat, let accuracyM) = reading.clue.kind else { return nil }
                      return ReportedPoint(clue: reading.index, point: GeoPoint(lon: lon, lat: lat), accuracyM: accuracyM,
                                           snappedChainageKm: reading.snap?.chainageKm, offsetM: reading.snap?.offsetM,
                                           used: placement.used.contains(reading.index))
                  })
    }
}
