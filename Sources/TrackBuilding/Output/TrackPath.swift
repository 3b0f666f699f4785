import GeoEngines

/// The path being assembled: vertices appended section by section, consecutive duplicates merged.
struct TrackPath {
    private(set) var vertices: [TrackVertex]

    init(start: GeoPoint, station: String) {
        vertices = [TrackVertex(point: start, source: "", layer: nil, structure: nil, station: station)]
    }

    /// Appends `point`, reached from the last vertex along `source` (a way id or `connector`).
    mutating func append(_ point: GeoPoint, source: String, layer: Int?, structure: TrackStructureKind?) {
        guard point != vertices[vertices.count - 1].point else { return }
        vertices[vertices.count - 1].source = source
        vertices[vertices.count - 1].layer = layer
        vertices[vertices.count - 1].structure = structure
        vertices.append(TrackVertex(point: point, source: "", layer: nil, structure: nil, station: nil))
    }

    /// Marks the last vertex as a station's attachment.
    mutating func markStation(_ name: String) {
        vertices[vertices.count - 1].station = name
    }
}
