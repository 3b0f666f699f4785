import GeoJSON
import FileOutput

/// Writes `features` with a fresh in-memory sink and returns the text.
func written(_ features: [Feature], framing: GeoJSONFraming = .newlineDelimited,
             options: GeoJSONWriteOptions = GeoJSONWriteOptions()) throws -> String {
    let sink = InMemorySink()
    let writer = try GeoJSONStreamWriter(sink: sink, framing: framing, options: options)
    try writer.write(contentsOf: features)
    try writer.finish()
    return sink.text
}

/// The error `body` throws, if it is a `GeoJSONWriteError`.
func writeError(_ body: () throws -> Void) -> GeoJSONWriteError? {
    do {
        try body()
        return nil
    } catch let error as GeoJSONWriteError {
        return error
    } catch {
        return nil
    }
}
