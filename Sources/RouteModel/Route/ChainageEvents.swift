import GeoEngines

/// How well an event's position on the chainage axis is known.
public enum EventCertainty: String, Sendable, CaseIterable {
    /// Position and extent are given by a source.
    case known
    /// Only known to lie between two stations: the event spans that whole interval.
    case betweenStations = "between-stations"
    /// The position itself is in doubt.
    case uncertain
}

/// A tunnel as an event on the chainage axis.
public struct Tunnel: Sendable, Hashable {
    /// Unique id from `tunnels.csv`, e.g. `T-8`.
    public var id: String
    /// The tunnel's number where reports give one (e.g. "8").
    public var number: String?
    /// Display name, also matched by `tunnel` clues; may be empty.
    public var name: String
    /// Start of the interval the tunnel lies in: chainage in km from the route's origin.
    public var fromKm: Double
    /// End of that interval, chainage km (greater than `fromKm`).
    public var toKm: Double
    /// The `stations.csv` station bounding the interval on the origin side; nil when not given.
    public var fromStation: String?
    /// The `stations.csv` station bounding the interval on the far side; nil when not given.
    public var toStation: String?
    /// How well the tunnel's position and extent are known.
    public var certainty: EventCertainty
    /// One line: why this interval.
    public var basis: String
    /// Citation(s) for the tunnel and its interval.
    public var source: String
}

/// A stretch of terrain along the line (plateau, pass, valley, plain).
public struct TerrainSection: Sendable, Hashable {
    /// Unique id from `terrain_sections.csv`.
    public var id: String
    /// Display name.
    public var name: String
    /// One of `plateau`, `pass`, `valley`, `plain`.
    public var kind: String
    /// Whether the section is mountainous (`mountainous` is `yes`).
    public var mountainous: Bool
    /// Start of the section: chainage in km from the route's origin.
    public var fromKm: Double
    /// End of the section, chainage km (greater than `fromKm`); sections do not overlap.
    public var toKm: Double
    /// Free-text description of the terrain.
    public var description: String
    /// Citation(s).
    public var source: String
}

/// A named area (e.g. "Bolan Pass"), modelled as a corridor of `halfWidthKm` around a stretch of line.
public struct NamedArea: Sendable, Hashable {
    /// Unique id from `areas.csv`.
    public var id: String
    /// Display name, matched by `area` clues.
    public var name: String
    /// Other names matched by `area` clues (`;`-separated in the file).
    public var aliases: [String]
    /// Start of the stretch of line the corridor covers: chainage in km from the route's origin.
    public var fromKm: Double
    /// End of that stretch, chainage km (greater than `fromKm`).
    public var toKm: Double
    /// Corridor half-width on each side of the line, km (0.001 … 500); normally a modelling choice.
    public var halfWidthKm: Double
    /// Why this extent and half-width.
    public var basis: String
    /// Citation(s).
    public var source: String
    /// The corridor polygon in WGS84: exterior ring first, closed; built when the route is built.
    public var polygon: [[GeoPoint]]
}

/// A sourced ruling (steepest) gradient over a stretch.
public struct RulingGradient: Sendable, Hashable {
    /// Unique id from `gradients.csv`.
    public var id: String
    /// Start of the stretch: chainage in km from the route's origin.
    public var fromKm: Double
    /// End of the stretch, chainage km (greater than `fromKm`).
    public var toKm: Double
    /// As the source writes it, e.g. "1 in 25".
    public var ruling: String
    /// The same figure in ‰ (m per km), unsigned, 0 … 200: e.g. 40 for "1 in 25".
    public var perMille: Double
    /// Citation(s).
    public var source: String
    /// Length of the graded stretch (km) when the source gives its length but not where it lies inside
    /// `fromKm` … `toKm` (`length_km`); nil when the gradient is given for the whole interval.
    public var lengthKm: Double? = nil

    /// "1 in 25 (40 ‰)", plus "on a 20 km stretch somewhere in 41–78 km" when only the stretch's length is known.
    public var summary: String {
        let figure = "\(ruling) (\(perMille.trimmed(1)) ‰)"
        guard let lengthKm else { return figure }
        return figure + " on a \(lengthKm.trimmed(1)) km stretch somewhere in \(fromKm.trimmed(1))–\(toKm.trimmed(1)) km"
    }
}
