import TextFormats
/// Any top-level GeoJSON object, as returned by ``GeoJSONReader``.
public enum GeoJSONObject: Sendable, Equatable {
    /// A FeatureCollection.
    case featureCollection(FeatureCollection)
    /// A single Feature.
    case feature(Feature)
    /// A bare geometry.
    case geometry(Geometry)
}
