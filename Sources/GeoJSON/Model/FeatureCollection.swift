import TextFormats
/// A GeoJSON FeatureCollection (RFC 7946 §3.3).
public struct FeatureCollection: Sendable, Equatable {
    /// The features in order.
    public var features: [Feature]
    /// Extra members written before `features`; reserved GeoJSON names are refused by the writer.
    public var foreignMembers: JSONObject

    /// Creates a collection.
    public init(features: [Feature] = [], foreignMembers: JSONObject = [:]) {
        self.features = features
        self.foreignMembers = foreignMembers
    }
}
