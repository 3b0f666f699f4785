import GeoJSON
import IncidentPipeline
import Placement
import TextFormats

/// How a row ended.
public enum BatchStatus: String, Sendable, CaseIterable {
    /// Placed, every clue agreeing.
    case placed
    /// Placed, with some clues set aside as conflicting.
    case conflicts
    /// Not placed: the row could not be read, no clue gives a place, or its id is a duplicate.
    case failed
}

/// What a placed incident's summary row and `incidents.geojson` feature say: small, kept per row only
/// until it is written, and stored in the incident's `place.json` so a resumed run can reuse it.
public struct PlacedFigures: Sendable, Equatable {
    /// The incident's title as given; may be empty.
    public var title: String
    /// The incident's time as given (ISO 8601 with a UTC offset); empty when not given.
    public var time: String
    /// The best point on the line, [lon, lat] rounded to 6 decimals.
    public var lon: Double, lat: Double
    /// The best chainage, km from the route's origin, rounded to 3 decimals.
    public var chainageKm: Double
    /// Where the kept clues agree: the interval's first and last chainage, km, rounded to 3 decimals.
    public var intervalFromKm: Double, intervalToKm: Double
    /// ± km around `chainageKm` spanned by the interval widened by post rounding, rounded to 3 decimals.
    public var uncertaintyKm: Double
    /// Id of the line at the best chainage, e.g. `ML-3`.
    public var line: String
    /// That line's km post at the best chainage, km, rounded to 3 decimals.
    public var kmPost: Double
    /// Names of the last station at or before the best chainage and of the first station after it.
    public var stationBefore: String, stationAfter: String
    /// Tunnels at the point, or nil.
    public var tunnel: String?
    /// The relief point nearest along the track, with its geodesic and along-track km.
    public var nearestRelief: String?
    /// Geodesic distance from the best point to `nearestRelief`, km, rounded to 3 decimals; nil without relief points.
    public var nearestReliefDistanceKm: Double?
    /// Along-track km from the best chainage to where `nearestRelief` meets the line, rounded to 3 decimals; nil without relief points.
    public var nearestReliefAlongTrackKm: Double?
    /// Clues set aside.
    public var conflicts: Int
    /// Number of placement warnings (unknown names, uncertain tunnels, far coordinates…).
    public var warnings: Int

    /// The figures of a placed incident, rounded as written (so that figures read back from
    /// `place.json` are identical).
    public init(_ placed: PlacedIncident) {
        let p = placed.placement, nearest = placed.relief.entries.first
        title = p.incident.title
        time = p.incident.time
        lon = p.position.point.lon.rounded(to: 6)
        lat = p.position.point.lat.rounded(to: 6)
        chainageKm = p.chainageKm.rounded(to: 3)
        intervalFromKm = p.interval.lowerBound.rounded(to: 3)
        intervalToKm = p.interval.upperBound.rounded(to: 3)
        uncertaintyKm = p.uncertaintyKm.rounded(to: 3)
        line = p.position.line
        kmPost = p.position.kmPost.rounded(to: 3)
        stationBefore = p.stationBefore.name
        stationAfter = p.stationAfter.name
        tunnel = p.position.tunnels.isEmpty ? nil : p.position.tunnels.map(\.name).joined(separator: "; ")
        nearestRelief = nearest?.point.name
        nearestReliefDistanceKm = nearest.map { ($0.distanceM / 1000).rounded(to: 3) }
        nearestReliefAlongTrackKm = nearest.map { $0.alongTrackKm.rounded(to: 3) }
        conflicts = p.conflicts.count
        warnings = p.warnings.count
    }

    /// The figures as JSON members, in a fixed order.
    var jsonObject: JSONObject {
        [
            "title": .string(title), "time": .string(time),
            "chainage_km": .number(chainageKm), "interval_from_km": .number(intervalFromKm), "interval_to_km": .number(intervalToKm),
            "uncertainty_km": .number(uncertaintyKm), "line": .string(line), "km_post": .number(kmPost),
            "station_before": .string(stationBefore), "station_after": .string(stationAfter),
            "tunnel": tunnel.map(JSONValue.string) ?? .null,
            "nearest_relief": nearestRelief.map(JSONValue.string) ?? .null,
            "nearest_relief_distance_km": nearestReliefDistanceKm.map(JSONValue.number) ?? .null,
            "nearest_relief_along_track_km": nearestReliefAlongTrackKm.map(JSONValue.number) ?? .null,
            "conflicts": .number(Double(conflicts)), "warnings": .number(Double(warnings)),
            "point": .array([.number(lon), .number(lat)]),
        ]
    }

    /// Figures read back from `jsonObject`; nil when anything is missing or of the wrong type.
    init?(json o: JSONObject) {
        func number(_ key: String) -> Double? { o[key]?.numberValue }
        func text(_ key: String) -> String? { o[key]?.stringValue }
        /// .some(nil) for null, nil when missing or of another type.
        func nullable<T>(_ key: String, _ read: (JSONValue) -> T?) -> T?? {
            guard let value = o[key] else { return nil }
            if value.isNull { return .some(nil) }
            return read(value).map { .some($0) }
        }
        func optionalText(_ key: String) -> String?? { nullable(key) { $0.stringValue } }
        func optionalNumber(_ key: String) -> Double?? { nullable(key) { $0.numberValue } }
        guard let title = text("title"), let time = text("time"), let chainage = number("chainage_km"),
              let from = number("interval_from_km"), let to = number("interval_to_km"), let uncertainty = number("uncertainty_km"),
              let line = text("line"), let kmPost = number("km_post"), let before = text("station_before"), let after = text("station_after"),
              let tunnel = optionalText("tunnel"), let relief = optionalText("nearest_relief"),
              let reliefDistance = optionalNumber("nearest_relief_distance_km"), let reliefTrack = optionalNumber("nearest_relief_along_track_km"),
              let conflicts = number("conflicts"), let warnings = number("warnings"),
              (0...1e9).contains(conflicts), (0...1e9).contains(warnings),
              let point = o["point"]?.arrayValue, point.count == 2, let lon = point[0].numberValue, let lat = point[1].numberValue else { return nil }
        self.title = title
        self.time = time
        self.lon = lon
        self.lat = lat
        chainageKm = chainage
        intervalFromKm = from
        intervalToKm = to
        uncertaintyKm = uncertainty
        self.line = line
        self.kmPost = kmPost
        stationBefore = before
        stationAfter = after
        self.tunnel = tunnel
        nearestRelief = relief
        nearestReliefDistanceKm = reliefDistance
        nearestReliefAlongTrackKm = reliefTrack
        self.conflicts = Int(conflicts)
        self.warnings = Int(warnings)
    }
}

/// One row's outcome: everything its `summary.csv` row, its `errors.csv` rows and its
/// `incidents.geojson` feature need.
public struct IncidentRecord: Sendable, Equatable {
    /// The input row (1-based).
    public var row: Int
    /// The id as given.
    public var id: String
    /// The incident's folder under the output folder; nil when nothing was written for the row.
    public var folder: String?
    /// How the row ended.
    public var status: BatchStatus
    /// Placed figures; nil for failed rows.
    public var figures: PlacedFigures?
    /// The summary's message: why the row failed, the conflicting clues, or the placement's warnings.
    public var message: String
    /// The rows for `errors.csv` (failed rows only).
    public var errors: [RowProblem]
    /// Whether the outputs were reused from an earlier run (`--resume`).
    public var reused: Bool

    /// A failed row.
    static func failed(_ row: IncidentRow, folder: String?, problems: [RowProblem]) -> IncidentRecord {
        IncidentRecord(row: row.row, id: row.id, folder: folder, status: .failed, figures: nil,
                       message: problems.map { "\($0.field): \($0.message)" }.joined(separator: "; "), errors: problems, reused: false)
    }

    /// The part of a placed record stored in `place.json`: status, message and figures.
    var storedJSON: JSONObject {
        var o: JSONObject = ["status": .string(status.rawValue), "message": .string(message)]
        for (key, value) in figures?.jsonObject.members ?? [] { o[key] = value }
        return o
    }

    /// A placed record for `row` from what `storedJSON` stored.
    init?(row: IncidentRow, folder: String, stored o: JSONObject) {
        guard let status = o["status"]?.stringValue.flatMap(BatchStatus.init(rawValue:)), status != .failed,
              let message = o["message"]?.stringValue, let figures = PlacedFigures(json: o) else { return nil }
        self.init(row: row.row, id: row.id, folder: folder, status: status, figures: figures, message: message, errors: [], reused: true)
    }

    init(row: Int, id: String, folder: String?, status: BatchStatus, figures: PlacedFigures?, message: String, errors: [RowProblem], reused: Bool) {
        self.row = row
        self.id = id
        self.folder = folder
        self.status = status
        self.figures = figures
        self.message = message
        self.errors = errors
        self.reused = reused
    }
}
