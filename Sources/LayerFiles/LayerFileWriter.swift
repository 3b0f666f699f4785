import FileOutput
import Foundation
import GeoJSON
import Layers

/// Writes map layers to a file in any ``LayerFormat``, atomically: the file appears complete under
/// its name or not at all, and an older file stays untouched until then.
public enum LayerFileWriter {
    /// Writes `layers` as one file at `url`. `tagged` (a combined output) adds a `layer` property to
    /// every feature in formats that do not keep layers apart. Returns the file's size in bytes.
    /// - Throws: `GeoJSONWriteError` for a feature the GeoJSON writer refuses, `GDALError`, `FileOutputError`.
    @discardableResult
    public static func write(_ layers: [NamedLayer], tagged: Bool, to url: URL, options: LayerWriteOptions) throws -> Int {
        if options.format.isGeoJSON {
            let bytes = try GeoJSONLayerEncoder.encode(layers, tagged: tagged, options: options)
            try writeAtomically(to: url) { sink in try sink.write(bytes) }
            return bytes.count
        }
        let file = AtomicFilePath(destination: url)
        try GDALLayerFile.write(layers, tagged: tagged, format: options.format, precision: options.precision, to: file.temporaryURL.path)
        let size = file.size
        try file.commit()
        return size
    }
}
