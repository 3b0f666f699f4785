import Foundation
import GeoJSON
import Layers
import TextFormats
import FileOutput

/// How exported GeoJSON is formatted.
struct ExportFormat {
    var precision: Int
    var bbox: Bool
    var sequence: Bool
    var pretty: Bool

    var writeOptions: GeoJSONWriteOptions { GeoJSONWriteOptions(precision: precision, writeBBox: bbox, pretty: pretty) }
    var fileExtension: String { sequence ? "geojsons" : "geojson" }
}

/// What `export` writes where. Every file's bytes are encoded in memory first (layers are small), so a
/// feature the writer refuses stops the export before any file is touched; each file then appears
/// atomically (temporary file + rename).
struct ExportPlan {
    struct Output {
        /// nil: standard output.
        var destination: URL?
        var layers: [NamedLayer]
        /// Whether features get a leading `layer` property (combined output).
        var tagged: Bool
    }

    struct Written {
        var destination: String
        var layers: [LayerName]
        var features: Int
        var bytes: Int

        var line: String {
            "wrote \(destination): \(layers.map(\.rawValue).joined(separator: ", ")) (\(features) feature\(features == 1 ? "" : "s"), \(bytes) bytes)"
        }
    }

    var outputs: [Output]
    var format: ExportFormat
    /// The `--out` folder, created only once everything is encoded (so a refused export creates nothing).
    var folder: URL?

    var usesStandardOutput: Bool { outputs.contains { $0.destination == nil } }

    init(layers: [NamedLayer], out: String?, single: String?, format: ExportFormat) throws {
        self.format = format
        if let single {
            if single != "-" { try OutputPaths.file(single, option: "--single") }
            outputs = [Output(destination: single == "-" ? nil : URL(fileURLWithPath: single), layers: layers, tagged: true)]
        } else if out == "-" {
            outputs = [Output(destination: nil, layers: layers, tagged: layers.count > 1)]
        } else {
            try OutputPaths.checkFolder(out ?? ".", option: "--out")
            let directory = URL(fileURLWithPath: out ?? ".")
            folder = directory
            outputs = layers.map { layer in
                Output(destination: directory.appendingPathComponent("\(layer.name.rawValue).\(format.fileExtension)"), layers: [layer], tagged: false)
            }
        }
    }

    /// Encodes everything, then writes it; returns what was written.
    func write() throws -> [Written] {
        let encoded = try outputs.map { output in (output, try encode(output)) }
        if let folder { _ = try OutputPaths.folder(folder.path, option: "--out") }
        var written: [Written] = []
        for (output, bytes) in encoded {
            if let destination = output.destination {
                do {
                    try writeAtomically(to: destination) { sink in try sink.write(bytes) }
                } catch {
                    throw OutputPaths.writeFailure(destination.path, error)
                }
            } else {
                let sink = FileDescriptorSink.standardOutput()
                try sink.write(bytes)
                try sink.flush()
            }
            written.append(Written(destination: output.destination?.path ?? "<stdout>", layers: output.layers.map(\.name),
                                   features: output.layers.reduce(0) { $0 + $1.collection.features.count }, bytes: bytes.count))
        }
        return written
    }

    /// The output's bytes: one collection (foreign members of a single layer kept), or a text sequence.
    func encode(_ output: Output) throws -> [UInt8] {
        let sink = InMemorySink()
        let features = output.layers.flatMap { layer in
            layer.collection.features.map { feature in
                guard output.tagged else { return feature }
                var tagged = feature
                tagged.properties = JSONObject([("layer", JSONValue.string(layer.name.rawValue))] + feature.properties.members.map { ($0.key, $0.value) })
                return tagged
            }
        }
        do {
            if format.sequence {
                let writer = try GeoJSONStreamWriter(sink: sink, framing: .textSequence, options: format.writeOptions)
                try writer.write(contentsOf: features)
                try writer.finish()
            } else {
                let foreign: JSONObject = output.layers.count == 1
                    ? output.layers[0].collection.foreignMembers
                    : ["name": "routemap", "attribution": .string(MapLayers.attribution)]
                try GeoJSONStreamWriter.write(FeatureCollection(features: features, foreignMembers: foreign), to: sink, options: format.writeOptions)
            }
        } catch let error as GeoJSONWriteError where error.reason == .degenerateRing {
            // A consequence of --precision: the user's argument, so a usage error.
            throw CommandFailure.usage("--precision \(format.precision): \(output.layers.map(\.name.rawValue).joined(separator: ", ")): \(error)")
        } catch let error as GeoJSONWriteError {
            throw CommandFailure(message: "\(output.layers.map(\.name.rawValue).joined(separator: ", ")): \(error)", exitCode: 1)
        }
        return sink.bytes
    }
}
