import Foundation

/// The map layers routemap exports, in drawing order (bottom first). The raw value is the file
/// stem (`km_markers.geojson`) and the `layer` property of a combined export.
public enum LayerName: String, Sendable, CaseIterable, CustomStringConvertible {
    /// The line, one LineString per leg (ML-3, ML-1, LMK, ML-1).
    case route
    /// One Point per station.
    case stations
    /// A Point every N km of chainage.
    case kmMarkers = "km_markers"
    /// One LineString per tunnel over its chainage interval.
    case tunnels
    /// Named-area corridor Polygons and terrain-section LineStrings.
    case terrain
    /// PointZ along the line where elevation is known.
    case profile
    /// One Point per relief point (stations, hospitals, towns).
    case relief
    /// The placed incident: cordon Polygons, the uncertainty LineString and the best Point.
    case incident
    /// Geodesic LineStrings from the incident to each relief point.
    case distances

    /// The layers built from the route alone.
    public static let routeLayers: [LayerName] = [.route, .stations, .kmMarkers, .tunnels, .terrain, .profile, .relief]
    /// The layers that need a placed incident.
    public static let incidentLayers: [LayerName] = [.incident, .distances]

    /// Whether the layer needs a placed incident.
    public var needsIncident: Bool { Self.incidentLayers.contains(self) }

    /// The name as written on the command line and in files.
    public var description: String { rawValue }

    /// Parses a comma-separated list such as `route,stations,km_markers` (spaces ignored, `-` read as `_`,
    /// repeats dropped). Throws ``LayerError`` for an empty list or an unknown name.
    public static func parseList(_ text: String) throws(LayerError) -> [LayerName] {
        let names = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_") }
        guard names.contains(where: { !$0.isEmpty }) else {
            throw LayerError.emptyLayerList
        }
        var result: [LayerName] = []
        for name in names {
            guard !name.isEmpty else { throw LayerError.emptyLayerName(list: text) }
            guard let layer = LayerName(rawValue: name) else { throw LayerError.unknownLayer(name) }
            if !result.contains(layer) { result.append(layer) }
        }
        return result
    }
}

/// Why a set of layers cannot be built.
public enum LayerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No layer names at all.
    case emptyLayerList
    /// `route,,stations`.
    case emptyLayerName(list: String)
    /// A name that is not a ``LayerName``.
    case unknownLayer(String)
    /// An incident layer was asked for without a placed incident.
    case needsIncident(LayerName)
    /// The km-marker spacing is not a positive finite number, or gives more than
    /// `MapLayers.maximumKmMarkers` markers.
    case invalidMarkerInterval(Double)

    /// A message naming the problem and the valid layer names.
    public var description: String {
        let valid = LayerName.allCases.map(\.rawValue).joined(separator: ", ")
        switch self {
        case .emptyLayerList: return "the layer list is empty; expected one or more of \(valid)"
        case .emptyLayerName(let list): return "'\(list)' has an empty layer name; expected names separated by commas from \(valid)"
        case .unknownLayer(let name): return "'\(name)' is not a layer; expected one of \(valid)"
        case .needsIncident(let layer): return "layer '\(layer)' needs a placed incident"
        case .invalidMarkerInterval(let km): return "km-marker interval \(km) must be a positive number of km giving at most \(MapLayers.maximumKmMarkers) markers"
        }
    }
}
