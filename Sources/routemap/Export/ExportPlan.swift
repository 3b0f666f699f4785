import FileOutput
import Foundation
import GeoJSON
import LayerFiles
import Layers

/// What `export` writes where. GeoJSON outputs are encoded in memory first by the library's
/// ``GeoJSONLayerEncoder`` (layers are small), so a feature the writer refuses stops the export before
/// any file is touched; every file appears atomically (temporary file + rename), the GDAL formats
/// through ``LayerFileWriter``.
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
    var options: LayerWriteOptions
    /// The `--out` folder, created only once everything is encoded (so a refused export creates nothing).
    var folder: URL?

    var usesStandardOutput: Bool { outputs.contains { $0.destination == nil } }

    init(layers: [NamedLayer], out: String?, single: String?, options: LayerWriteOptions) throws {
        self.options = options
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
                Output(destination: directory.appendingPathComponent("\(layer.name.rawValue).\(options.format.fileExtension)"), layers: [layer], tagged: false)
            }
        }
    }

    /// Encodes every GeoJSON output, then writes them all; returns what was written.
    func write() throws -> [Written] {
        let encoded = try outputs.map { output in (output, options.format.isGeoJSON ? try encode(output) : nil) }
        if let folder { _ = try OutputPaths.folder(folder.path, option: "--out") }
        var written: [Written] = []
        for (output, bytes) in encoded {
            let size: Int
            if let destination = output.destination {
                do {
                    if let bytes {
                        try writeAtomically(to: destination) { sink in try sink.write(bytes) }
                        size = bytes.count
                    } else {
                        size = try LayerFileWriter.write(output.layers, tagged: output.tagged, to: destination, options: options)
                    }
                } catch {
                    throw OutputPaths.writeFailure(destination.path, error)
                }
            } else {
                let sink = FileDescriptorSink.standardOutput()
                try sink.write(bytes ?? [])
                try sink.flush()
                size = bytes?.count ?? 0
            }
            written.append(Written(destination: output.destination?.path ?? "<stdout>", layers: output.layers.map(\.name),
                                   features: output.layers.reduce(0) { $0 + $1.collection.features.count }, bytes: size))
        }
        return written
    }

    /// The GeoJSON bytes of an output; a ring that `--precision` collapses is a usage error, any other
    /// refused feature exit 1, both naming the layers.
    func encode(_ output: Output) throws -> [UInt8] {
        do {
            return try GeoJSONLayerEncoder.encode(output.layers, tagged: output.tagged, options: options)
        } catch let error as GeoJSONWriteError where error.reason == .degenerateRing {
            // A consequence of --precision: the user's argument, so a usage error.
            throw CommandFailure.usage("--precision \(options.precision): \(output.layers.map(\.name.rawValue).joined(separator: ", ")): \(error)")
        } catch let error as GeoJSONWriteError {
            throw CommandFailure(message: "\(output.layers.map(\.name.rawValue).joined(separator: ", ")): \(error)", exitCode: 1)
        }
    }
}
