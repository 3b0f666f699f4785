import TextFormats
/// How the writer formats GeoJSON, in the spirit of GDAL's GeoJSON driver options.
public struct GeoJSONWriteOptions: Sendable, Equatable {
    /// The coordinate decimals the writer accepts.
    public static let allowedPrecision = 0...15

    /// Decimals kept in coordinates (and bbox values), trailing zeros trimmed. Default 6 (about 0.1 m).
    /// The writer refuses values outside ``allowedPrecision``.
    public var precision: Int
    /// Whether features and collections get a `bbox` member: `[west, south, east, north]`,
    /// or `[west, south, minZ, east, north, maxZ]` when every position has an altitude.
    public var writeBBox: Bool
    /// Indented output (two spaces, positions kept on one line) instead of compact output.
    public var pretty: Bool
    /// Whether altitudes are written as a third position number when present.
    public var includeZ: Bool
    /// Members written on a FeatureCollection before `features` (ignored by the sequence framings).
    /// Reserved GeoJSON names are refused.
    public var foreignMembers: JSONObject

    /// Creates options; the defaults give compact output with 6 decimals, altitudes and no bbox.
    public init(precision: Int = 6, writeBBox: Bool = false, pretty: Bool = false, includeZ: Bool = true,
                foreignMembers: JSONObject = [:]) {
        self.precision = precision
        self.writeBBox = writeBBox
        self.pretty = pretty
        self.includeZ = includeZ
        self.foreignMembers = foreignMembers
    }
}
