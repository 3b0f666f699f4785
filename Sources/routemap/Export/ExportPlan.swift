import FileOutput
import Foundation
import GeoJSON
import LayerFiles
import Layers

/// What `export` writes where. GeoJSON outputs are encoded in memory first (layers are small), so a
/// feature the writer refuses stops the export before any file is touched; every file appears
/// atomically (temporary file + rename), through the library's ``LayerFileWriter``.
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

    var usesStandardOutput: Bool { outputs.contains { $0.destination == nil } }

    init(layers: [NamedLayer], out: String?, single: String?, options: LayerWriteOptions) throws {
        self.options = options
        if let single {
            outputs = [Output(destination: single == "-" ? nil : URL(fileURLWithPath: single), layers: layers, tagged: true)]
        } else if out == "-" {
            outputs = [Output(destination: nil, layers: layers, tagged: layers.count > 1)]
        } else {
            let directory = URL(fileURLWithPath: out ?? ".")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else { throw CommandFailure.usage("--out: '\(directory.path)' exists and is not a folder") }
            } else {
                do {
                    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                } catch {
                    throw CommandFailure.usage("--out: cannot create folder '\(directory.path)': \((error as NSError).localizedDescription)")
                }
            }
            outputs = layers.map { layer in
                Output(destination: directory.appendingPathComponent("\(layer.name.rawValue).\(options.format.fileExtension)"), layers: [layer], tagged: false)
            }
        }
    }

    /// Encodes every GeoJSON output, then writes them; returns what was written.
    func write() throws -> [Written] {
        let encoded = try outputs.map { output in (output, options.format.isGeoJSON ? try encode(output) : nil) }
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
                    throw CommandFailure(message: "cannot write \(destination.path): \(error)", exitCode: 1)
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

    /// The GeoJSON bytes of an output; a refused feature is exit 1 naming the layers.
    func encode(_ output: Output) throws -> [UInt8] {
        do {
            return try GeoJSONLayerEncoder.encode(output.layers, tagged: output.tagged, options: options)
        } catch let error as GeoJSONWriteError {
            throw CommandFailure(message: "\(output.layers.map(\.name.rawValue).joined(separator: ", ")): \(error)", exitCode: 1)
        }
    }
}
