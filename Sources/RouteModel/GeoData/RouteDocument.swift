import Foundation

/// `route.json`: the route's identity, its lines and the legs it runs over, in order from chainage 0.
public struct RouteDocument: Codable, Sendable {
    public var id: String
    public var name: String
    public var from: String
    public var to: String
    /// Which set of km posts calibrates the route, e.g. "RDT-new".
    public var calibration: String
    public var publishedLengthKm: Double?
    /// Rounding of the km posts (±km), carried into every stated uncertainty.
    public var postRoundingKm: Double
    public var lines: [LineDocument]
    public var legs: [LegDocument]
    public var helicopter: HelicopterDocument?

    enum CodingKeys: String, CodingKey {
        case id, name, from, to, calibration, lines, legs, helicopter
        case publishedLengthKm = "published_length_km"
        case postRoundingKm = "post_rounding_km"
    }
}

/// A railway line the route uses, e.g. ML-3.
public struct LineDocument: Codable, Sendable {
    public var id: String
    public var name: String
    public var aliases: [String]?
}

/// A stretch of one line between two stations, with that line's km posts at both ends.
public struct LegDocument: Codable, Sendable {
    public var line: String
    public var fromStation: String
    public var toStation: String
    public var fromPostKm: Double
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
    public var cruiseKmh: Double
    public var basis: String
    public var source: String?

    enum CodingKeys: String, CodingKey {
        case cruiseKmh = "cruise_kmh"
        case basis, source
    }
}

extension RouteDocument {
    /// Decodes `route.json`, turning decoding errors into messages that name the JSON path.
    static func decode(_ text: String, file: String) throws(InputFileError) -> RouteDocument {
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
