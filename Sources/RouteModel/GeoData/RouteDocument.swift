import Foundation

/// `route.json`: the route's identity, its lines and the legs it runs over, in order from chainage 0.
public struct RouteDocument: Codable, Sendable {
    /// Route id (the data folder's name by convention), e.g. `jaffar-express`.
    public var id: String
    /// The route's display name.
    public var name: String
    /// The first station (chainage 0), a `stations.csv` name.
    public var from: String
    /// The last station, a `stations.csv` name.
    public var to: String
    /// Which set of km posts calibrates the route, e.g. "RDT-new".
    public var calibration: String
    /// Route length in km as a publication gives it, kept for comparison only: chainage is not scaled to it (`published_length_km`).
    public var publishedLengthKm: Double?
    /// Where `publishedLengthKm` was published, and how it was seen (`published_length_source`); nil when not given.
    public var publishedLengthSource: String?
    /// Rounding of the km posts (±km), carried into every stated uncertainty.
    public var postRoundingKm: Double
    /// The railway lines the route uses.
    public var lines: [LineDocument]
    /// The stretches run on one line each, in route order from chainage 0; each starts where the previous one ends.
    public var legs: [LegDocument]
    /// Helicopter cruise speed for air travel-time estimates; nil when `route.json` gives none.
    public var helicopter: HelicopterDocument?
    /// Bounds of the straight-line vs km-post check (`data_checks`); nil means the defaults of `ChordRatioBounds`.
    public var dataChecks: ChordRatioBounds?

    enum CodingKeys: String, CodingKey {
        case id, name, from, to, calibration, lines, legs, helicopter
        case publishedLengthKm = "published_length_km"
        case publishedLengthSource = "published_length_source"
        case postRoundingKm = "post_rounding_km"
        case dataChecks = "data_checks"
    }
}

/// Where the straight line between two consecutive stations, divided by their km-post distance, stops
/// being plausible. Above `maxChordRatio` the track would be shorter than the straight line allows
/// (beyond post rounding on short sections); below `minChordRatio` it would wind more than a railway does
/// between two stations.
public struct ChordRatioBounds: Codable, Sendable, Hashable {
    /// Lowest plausible ratio (`min_chord_ratio`, default 0.65: the track at most about 1.5 times the straight line).
    public var minChordRatio: Double
    /// Highest plausible ratio (`max_chord_ratio`, default 1.10: whole-km posts on a short section).
    public var maxChordRatio: Double

    /// The defaults FORMAT.md documents.
    public static let standard = ChordRatioBounds(minChordRatio: 0.65, maxChordRatio: 1.10)

    /// Bounds with these ratios.
    public init(minChordRatio: Double, maxChordRatio: Double) {
        self.minChordRatio = minChordRatio
        self.maxChordRatio = maxChordRatio
    }

    enum CodingKeys: String, CodingKey {
        case minChordRatio = "min_chord_ratio"
        case maxChordRatio = "max_chord_ratio"
    }
}

/// A railway line the route uses, e.g. ML-3.
public struct LineDocument: Codable, Sendable {
    /// Line id, e.g. `ML-3`, as used in `stations.csv` `line`, in legs and in clues.
    public var id: String
    /// The line's full name.
    public var name: String
    /// Other names for the line matched in clues, e.g. `ML3`; nil when none are given.
    public var aliases: [String]?
}

/// A stretch of one line between two stations, with that line's km posts at both ends.
public struct LegDocument: Codable, Sendable {
    /// Id of the line the leg runs on (a `lines[].id`).
    public var line: String
    /// The station where the leg starts (nearer the route's origin), a `stations.csv` name (`from_station`).
    public var fromStation: String
    /// The station where the leg ends, a `stations.csv` name (`to_station`).
    public var toStation: String
    /// That line's km post at `fromStation`, km (`from_post_km`).
    public var fromPostKm: Double
    /// That line's km post at `toStation`, km (`to_post_km`); posts may count down or up along the leg.
    public var toPostKm: Double

    enum CodingKeys: String, CodingKey {
        case line
        case fromStation = "from_station"
        case toStation = "to_station"
        case fromPostKm = "from_post_km"
        case toPostKm = "to_post_km"
    }
}

/// The cruise speed used for helicopter travel-time estimates, with its basis.
public struct HelicopterDocument: Codable, Sendable {
    /// Cruise speed, km/h (`cruise_kmh`).
    public var cruiseKmh: Double
    /// `sourced` or `assumption` per FORMAT.md (the loader does not check the value).
    public var basis: String
    /// Citation, or the rationale for an assumed speed; nil when not given.
    public var source: String?

    enum CodingKeys: String, CodingKey {
        case cruiseKmh = "cruise_kmh"
        case basis, source
    }
}

extension RouteDocument {
    /// Decodes `route.json`, turning decoding errors into messages that name the JSON path.
    public static func decode(_ text: String, file: String) throws(InputFileError) -> RouteDocument {
        do {
            return try JSONDecoder().decode(RouteDocument.self, from: Data(text.utf8))
        } catch let DecodingError.keyNotFound(key, context) {
            throw InputFileError(file: file, field: path(context.codingPath + [key]), "is missing")
        } catch let DecodingError.typeMismatch(type, context) {
            throw InputFileError(file: file, field: path(context.codingPath), "has the wrong type; expected \(type)")
        } catch let DecodingError.valueNotFound(type, context) {
            throw InputFileError(file: file, field: path(context.codingPath), "is null; expected \(type)")
        } catch let DecodingError.dataCorrupted(context) {
            throw InputFileError(file: file, field: context.codingPath.isEmpty ? nil : path(context.codingPath),
                               "is not valid JSON: \(context.debugDescription) \((context.underlyingError as NSError?)?.localizedDescription ?? "")")
        } catch {
            throw InputFileError(file: file, "cannot be decoded: \(error)")
        }
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.reduce("") { acc, key in
            if let i = key.intValue { return acc + "[\(i)]" }
            return acc.isEmpty ? key.stringValue : acc + "." + key.stringValue
        }
    }
}
