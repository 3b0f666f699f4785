/// Why the writer refused options or a feature. Nothing of a refused feature reaches the sink.
public struct GeoJSONWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of problem.
    public enum Reason: Sendable, Equatable {
        /// An option is out of range or options contradict each other.
        case invalidOptions
        /// NaN or ±infinity in a coordinate, property, id or foreign member.
        case nonFiniteNumber
        /// Longitude outside [-180, 180] or latitude outside [-90, 90].
        case coordinateOutOfRange
        /// A LineString with fewer than 2 positions or a ring with fewer than 4.
        case tooFewPositions
        /// A polygon ring whose last position differs from its first.
        case ringNotClosed
        /// A polygon ring that encloses no area as written (fewer than 3 distinct positions, or
        /// collinear), e.g. a small ring rounded to few decimals.
        case degenerateRing
        /// A foreign member uses a name GeoJSON reserves.
        case reservedMemberName
        /// `write` or `finish` after `finish`.
        case writerFinished
    }

    /// The kind of problem.
    public let reason: Reason
    /// The 0-based index of the refused feature, if a feature was refused.
    public let featureIndex: Int?
    /// The refused feature's id, if it has one.
    public let featureID: FeatureID?
    /// Where in the output the problem is, like `features[3].geometry.coordinates[0][5]`; empty for options.
    public let path: String
    /// What is wrong, in words.
    public let message: String

    /// Creates an error.
    public init(reason: Reason, featureIndex: Int? = nil, featureID: FeatureID? = nil, path: String = "", message: String) {
        self.reason = reason
        self.featureIndex = featureIndex
        self.featureID = featureID
        self.path = path
        self.message = message
    }

    /// For example `feature 3 (id "sibi") at features[3].geometry.coordinates[0]: expected a closed linear ring…`.
    public var description: String {
        var text = ""
        if let featureIndex {
            text += "feature \(featureIndex)"
            if let featureID { text += " (id \(featureID))" }
        }
        if !path.isEmpty { text += text.isEmpty ? path : " at \(path)" }
        return text.isEmpty ? message : "\(text): \(message)"
    }
}
