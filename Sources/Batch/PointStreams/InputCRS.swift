import GeoEngines
import RouteModel

/// Input coordinates in a CRS other than WGS84 lon/lat, turned into lon/lat by PROJ before snapping.
public final class InputCRS {
    /// The CRS as given, e.g. `EPSG:32642`.
    public let definition: String
    private let context: ProjContext
    private let transformer: ProjTransformer
    private let file: String

    /// A transformation from `definition` to WGS84 lon/lat; throws when PROJ does not know it.
    /// - Parameter file: the input's name, for messages.
    public init(_ definition: String, file: String) throws {
        self.definition = definition
        self.file = file
        context = ProjContext()
        transformer = try context.transformer(from: definition, to: "EPSG:4326")
    }

    /// Replaces each record's coordinates by WGS84 lon/lat; records that do not transform into range
    /// move to the problems.
    func toLonLat(_ chunk: inout (records: [PointRecord], problems: [InputFileError])) {
        var xs = chunk.records.map(\.lon), ys = chunk.records.map(\.lat)
        withExtendedLifetime(context) { transformer.forwardInPlace(xs: &xs, ys: &ys) }
        var kept: [PointRecord] = []
        kept.reserveCapacity(chunk.records.count)
        for (i, var record) in chunk.records.enumerated() {
            guard (try? GeoPoint.validated(lon: xs[i], lat: ys[i])) != nil else {
                chunk.problems.append(InputFileError(file: file, line: record.line, field: nil,
                                                     message: "(\(record.lon), \(record.lat)) does not transform from \(definition) to a WGS84 lon/lat"))
                continue
            }
            record.lon = xs[i]
            record.lat = ys[i]
            kept.append(record)
        }
        chunk.records = kept
    }
}
