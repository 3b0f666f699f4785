import GeoJSON
import TextFormats

/// How map layers are written, in one value shared by every writer of layers (`export`, `batch`'s
/// folders and combined files): the format (which sets the framing), coordinate precision, bounding
/// boxes, indentation.
public struct LayerWriteOptions: Sendable, Equatable {
    /// The file format.
    public var format: LayerFormat
    /// Decimals kept in longitudes and latitudes, 0 … 15 (default 6, about 0.1 m), in every format.
    public var precision: Int
    /// Whether every GeoJSON feature and collection gets a `bbox`.
    public var bbox: Bool
    /// Whether GeoJSON output is indented.
    public var pretty: Bool

    /// Options with the given values; the defaults are a compact GeoJSON FeatureCollection with 6 decimals.
    public init(format: LayerFormat = .geojson, precision: Int = 6, bbox: Bool = false, pretty: Bool = false) {
        self.format = format
        self.precision = precision
        self.bbox = bbox
        self.pretty = pretty
    }

    /// A FeatureCollection per output, or a text sequence for `geojsonseq`.
    public var framing: GeoJSONFraming { format == .geojsonseq ? .textSequence : .featureCollection }

    /// The GeoJSON writer's options for these choices, with `foreignMembers` on the collection.
    public func geoJSON(foreignMembers: JSONObject = [:]) -> GeoJSONWriteOptions {
        GeoJSONWriteOptions(precision: precision, writeBBox: bbox, pretty: pretty, foreignMembers: foreignMembers)
    }

    /// Why these options do not go together (`--bbox` or `--pretty` with a GDAL format), or nil.
    public var conflict: String? {
        guard !format.isGeoJSON else { return nil }
        if bbox { return "--bbox applies to GeoJSON only, not --format \(format.rawValue)" }
        if pretty { return "--pretty applies to GeoJSON only, not --format \(format.rawValue)" }
        return nil
    }
}
