import TextFormats
/// A GeoJSON Feature (RFC 7946 §3.2): a geometry (or none) with properties.
public struct Feature: Sendable, Equatable {
    /// The optional identifier, written as the `id` member.
    public var id: FeatureID?
    /// The geometry; `nil` is written as `"geometry": null`.
    public var geometry: Geometry?
    /// The properties, always written (as `{}` when empty).
    public var properties: JSONObject
    /// Extra members written after `properties`; reserved GeoJSON names are refused by the writer.
    public var foreignMembers: JSONObject

    /// Creates a feature.
    public init(id: FeatureID? = nil, geometry: Geometry?, properties: JSONObject = [:], foreignMembers: JSONObject = [:]) {
        self.id = id
        self.geometry = geometry
        self.properties = properties
        self.foreignMembers = foreignMembers
    }
}
