import Foundation
import GeoJSON
import LayerFiles
import Layers
import TextFormats
import FileOutput
import GeoEngines

/// The three files at the top of the output folder, streamed row by row into temporary files and
/// renamed (after `fsync`) only when the batch is done, so they always hold a whole run:
/// `summary.csv` (one row per input row), `errors.csv` (one row per problem of a failed row) and
/// the `incidents` layer (one Point feature per placed incident) as `incidents.geojson`, or in the
/// format of `--format` (`incidents.gpkg`, `.kml`, `.kmz`, `.fgb`, `.geojsons`).
final class BatchOutputs {
    static let summaryColumns = ["row", "id", "status", "chainage_km", "interval_from_km", "interval_to_km", "uncertainty_km", "line",
                                 "km_post", "nearest_relief", "nearest_relief_distance_km", "nearest_relief_along_track_km", "conflicts", "message"]
    static let errorColumns = ["row", "id", "field", "message"]

    /// The columns of the incidents layer, for formats with typed columns.
    static let incidentColumns: [GDALField] = [
        GDALField(name: "row", kind: .integer), GDALField(name: "id", kind: .text), GDALField(name: "folder", kind: .text),
        GDALField(name: "status", kind: .text), GDALField(name: "title", kind: .text), GDALField(name: "time", kind: .dateTime),
    ] + ["chainage_km", "interval_from_km", "interval_to_km", "uncertainty_km"].map { GDALField(name: $0, kind: .real) } + [
        GDALField(name: "line", kind: .text), GDALField(name: "km_post", kind: .real), GDALField(name: "station_before", kind: .text),
        GDALField(name: "station_after", kind: .text), GDALField(name: "tunnel", kind: .text), GDALField(name: "nearest_relief", kind: .text),
        GDALField(name: "nearest_relief_distance_km", kind: .real), GDALField(name: "nearest_relief_along_track_km", kind: .real),
        GDALField(name: "conflicts", kind: .integer), GDALField(name: "warnings", kind: .integer), GDALField(name: "message", kind: .text),
    ]

    /// The incidents file's name for `format`.
    static func incidentsName(_ format: LayerFormat) -> String { "incidents.\(format.fileExtension)" }

    private let files: [AtomicFileWriter]
    private let summary: CSVRowWriter
    private let errors: CSVRowWriter
    private let incidents: GeoJSONStreamWriter?
    private let incidentsStream: GDALLayerStream?

    /// Opens the temporary files in `directory`, removing any a killed run left behind. The incidents
    /// file is the `incidents` layer (its name and the data attribution on the collection) at
    /// `options`' precision.
    init(directory: URL, options: LayerWriteOptions = LayerWriteOptions()) throws {
        FileReplacement.removeTemporaries(in: directory) { FolderNames.reserved.contains($0) }
        let summaryFile = try AtomicFileWriter(destination: directory.appendingPathComponent("summary.csv"))
        let errorsFile = try AtomicFileWriter(destination: directory.appendingPathComponent("errors.csv"))
        let destination = directory.appendingPathComponent(Self.incidentsName(options.format))
        summary = CSVRowWriter(sink: summaryFile.sink)
        errors = CSVRowWriter(sink: errorsFile.sink)
        if options.format.isGeoJSON {
            let incidentsFile = try AtomicFileWriter(destination: destination)
            files = [summaryFile, errorsFile, incidentsFile]
            incidents = try GeoJSONStreamWriter(sink: incidentsFile.sink, framing: options.framing,
                                                options: LayerWriteOptions(precision: options.precision).geoJSON(foreignMembers: MapLayers.members(named: "incidents")))
            incidentsStream = nil
        } else {
            files = [summaryFile, errorsFile]
            incidents = nil
            incidentsStream = try GDALLayerStream(destination: destination, format: options.format, precision: options.precision,
                                                  name: "incidents", geometry: GDALGeometryKind(.point), columns: Self.incidentColumns)
        }
        for (writer, columns) in [(summary, Self.summaryColumns), (errors, Self.errorColumns)] {
            for name in columns { writer.field(name) }
            try writer.endRow()
        }
    }

    /// Appends a row's summary row, error rows and feature.
    func write(_ record: IncidentRecord) throws {
        summary.field(Double(record.row), decimals: 0)
        summary.field(record.id)
        summary.field(record.status.rawValue)
        if let f = record.figures {
            for value in [f.chainageKm, f.intervalFromKm, f.intervalToKm, f.uncertaintyKm] { summary.field(value, decimals: 3) }
            summary.field(f.line)
            summary.field(f.kmPost, decimals: 3)
            summary.field(f.nearestRelief ?? "")
            summary.field(f.nearestReliefDistanceKm ?? .nan, decimals: 3)
            summary.field(f.nearestReliefAlongTrackKm ?? .nan, decimals: 3)
            summary.field(Double(f.conflicts), decimals: 0)
        } else {
            for _ in 0..<10 { summary.emptyField() }
        }
        summary.field(record.message)
        try summary.endRow()
        for problem in record.errors {
            errors.field(Double(record.row), decimals: 0)
            errors.field(record.id)
            errors.field(problem.field)
            errors.field(problem.message)
            try errors.endRow()
        }
        if let f = record.figures, let folder = record.folder {
            var properties: JSONObject = ["row": .number(Double(record.row)), "id": .string(record.id), "folder": .string(folder),
                                          "status": .string(record.status.rawValue)]
            for (key, value) in f.jsonObject.members where key != "point" { properties[key] = value }
            properties["message"] = .string(record.message)
            let feature = Feature(id: .string(record.id), geometry: .point(Position(longitude: f.lon, latitude: f.lat)), properties: properties)
            try incidents?.write(feature)
            try incidentsStream?.add(feature)
        }
    }

    /// Finishes and renames the three files.
    func commit() throws {
        try summary.finish()
        try errors.finish()
        try incidents?.finish()
        for file in files { try file.commit() }
        try incidentsStream?.commit()
    }
}
