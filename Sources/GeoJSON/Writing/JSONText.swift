/// Any JSON value as text, with the writer's number formatting and member order: for reports and
/// command output that are JSON but not GeoJSON.
public enum JSONText {
    /// The value as JSON text, indented by two spaces when `pretty`.
    /// - Throws: `GeoJSONWriteError` naming the path of a NaN or infinite number.
    public static func render(_ value: JSONValue, pretty: Bool = false) throws(GeoJSONWriteError) -> String {
        var emitter = JSONEmitter(pretty: pretty)
        do {
            try emitter.value(value)
        } catch {
            throw GeoJSONWriteError(reason: error.reason, path: error.path.description, message: "\(error.path): \(error.message)")
        }
        return String(decoding: emitter.buffer.bytes, as: UTF8.self)
    }
}
