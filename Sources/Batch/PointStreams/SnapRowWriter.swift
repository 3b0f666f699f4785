import GeoJSON
import RouteModel
import TextFormats
import FileOutput

/// Writes snapped points as CSV rows or GeoJSON features, carrying the input's other columns or
/// properties after routemap's own fields (a clashing input name gets the prefix `input_`).
final class SnapRowWriter {
    /// routemap's own fields, in output order after id, lon and lat.
    static let snapFields = ["chainage_km", "offset_m", "side", "line", "km_post"]
    /// The fields trace matching adds after those.
    static let traceFieldNames = ["speed_kmh", "jump"]

    private let csv: CSVRowWriter?
    private let features: GeoJSONStreamWriter?
    private let extraNames: [String]
    private let extraOutputNames: [String]
    private let traceFields: Bool

    /// - Parameters:
    ///   - extraNames: the input's other columns/properties, in the order CSV output lists them.
    ///   - header: false to leave out the CSV header (headerless input, pipe mode).
    ///   - traceFields: add `speed_kmh` and `jump` (trace matching) after routemap's fields.
    init(sink: any ByteSink, format: SnapOutputFormat, extraNames: [String], header: Bool, traceFields: Bool = false) throws {
        self.extraNames = extraNames
        self.traceFields = traceFields
        let own = Set(["id", "lon", "lat"] + Self.snapFields + Self.traceFieldNames)
        extraOutputNames = extraNames.map { own.contains($0) ? "input_" + $0 : $0 }
        switch format {
        case .csv:
            let csv = CSVRowWriter(sink: sink)
            if header {
                for name in ["id", "lon", "lat"] + Self.snapFields + (traceFields ? Self.traceFieldNames : []) + extraOutputNames { csv.field(name) }
                try csv.endRow()
            }
            self.csv = csv
            features = nil
        case .geojsonseq, .geojsonl, .geojson:
            csv = nil
            let framing: GeoJSONFraming = format == .geojson ? .featureCollection : format == .geojsonl ? .newlineDelimited : .textSequence
            features = try GeoJSONStreamWriter(sink: sink, framing: framing, options: GeoJSONWriteOptions(precision: 7))
        }
    }

    /// - Parameter trace: the step's speed (km/h) and jump flag, when matching traces.
    func write(_ record: PointRecord, _ r: SnapResult, trace: (speedKmh: Double?, jump: Bool)? = nil) throws {
        if let csv {
            csv.field(record.id)
            csv.field(record.lon, decimals: 7)
            csv.field(record.lat, decimals: 7)
            csv.field(r.chainageKm, decimals: 3)
            csv.field(r.offsetM, decimals: 1)
            csv.field(r.side.rawValue)
            csv.field(r.line)
            csv.field(r.kmPost, decimals: 3)
            if traceFields {
                if let speed = trace?.speedKmh { csv.field(speed, decimals: 1) } else { csv.emptyField() }
                csv.field(trace?.jump == true ? "true" : "false")
            }
            switch record.extra {
            case .none:
                for _ in extraNames { csv.emptyField() }
            case .fields(let values):
                for value in values { csv.field(value) }
            case .properties(let properties):
                for name in extraNames { csv.field(properties[name].map(Self.text) ?? "") }
            }
            try csv.endRow()
        } else if let features {
            var properties: JSONObject = ["chainage_km": .number((r.chainageKm * 1000).rounded() / 1000),
                                          "offset_m": .number((r.offsetM * 10).rounded() / 10),
                                          "side": .string(r.side.rawValue), "line": .string(r.line),
                                          "km_post": .number((r.kmPost * 1000).rounded() / 1000)]
            if traceFields {
                properties["speed_kmh"] = trace?.speedKmh.map { .number(($0 * 10).rounded() / 10) } ?? .null
                properties["jump"] = .bool(trace?.jump == true)
            }
            switch record.extra {
            case .none:
                break
            case .fields(let values):
                for (name, value) in zip(extraOutputNames, values) { properties[name] = .string(value) }
            case .properties(let input):
                for name in input.keys {
                    properties[(Self.snapFields + Self.traceFieldNames).contains(name) ? "input_" + name : name] = input[name]
                }
            }
            try features.write(Feature(id: .string(record.id), geometry: .point(Position(longitude: record.lon, latitude: record.lat)),
                                       properties: properties))
        }
    }

    func finish() throws {
        try csv?.finish()
        try features?.finish()
    }

    /// A property as one CSV field: strings as they are, null empty, anything else as JSON text.
    private static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): return s
        case .null: return ""
        default: return (try? JSONText.render(value)) ?? ""
        }
    }
}
