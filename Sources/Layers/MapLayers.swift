import GeoEngines
import GeoJSON
import RouteModel
import TextFormats

/// Builds routemap's map layers: each a `FeatureCollection` of one theme with snake_case properties in
/// a fixed order followed by simplestyle-spec hints (`stroke`, `fill`, `marker-color`, `title`,
/// `description`…), so geojson.io, GitHub and Mapbox draw them readably as they are.
///
/// Each collection carries the foreign members `name` (the layer name; GDAL and QGIS use it as the
/// layer name) and `attribution`.
public enum MapLayers {
    /// Credit for the data, written on every collection.
    public static let attribution = "Station positions © OpenStreetMap contributors (ODbL); other figures: GeoData/SOURCES.md (routemap)"

    static func collection(_ name: LayerName, _ features: [Feature]) -> FeatureCollection {
        FeatureCollection(features: features, foreignMembers: members(named: name.rawValue))
    }

    /// The members every collection of routemap's carries: its layer `name` and the data `attribution`.
    public static func members(named name: String) -> JSONObject {
        ["name": .string(name), "attribution": .string(attribution)]
    }

    /// The members of a collection that combines several layers.
    public static var combinedMembers: JSONObject { members(named: "routemap") }

    /// The requested layers in the requested order.
    /// - Throws: ``LayerError/needsIncident(_:)`` when an incident layer is asked for without `incident`,
    ///   ``LayerError/invalidMarkerInterval(_:)``, and GEOS/PROJ errors from the cordons.
    public static func build(_ names: [LayerName], route: Route, incident: IncidentLayerInput? = nil,
                             options: LayerOptions = LayerOptions(), engines: WorkerEngines) throws -> [NamedLayer] {
        if let missing = names.first(where: { $0.needsIncident }), incident == nil { throw LayerError.needsIncident(missing) }
        return try names.map { name in
            let collection: FeatureCollection = switch name {
            case .route: Self.route(route, elevation: options.routeElevation)
            case .stations: stations(route)
            case .kmMarkers: try kmMarkers(route, everyKm: options.kmMarkerIntervalKm)
            case .tunnels: tunnels(route)
            case .terrain: terrain(route)
            case .profile: profile(route, stepKm: options.profileStepKm)
            case .relief: relief(route)
            case .incident: try Self.incident(incident!, route: route, cordonRadiiKm: options.cordonRadiiKm, engines: engines)
            case .distances: distances(incident!, maxSpacingM: options.distanceSpacingM)
            }
            return NamedLayer(name: name, collection: collection)
        }
    }
}

/// One built layer.
public struct NamedLayer: Sendable, Equatable {
    /// Which layer this is.
    public var name: LayerName
    /// The layer's GeoJSON features.
    public var collection: FeatureCollection

    /// A layer named `name` holding `collection`.
    public init(name: LayerName, collection: FeatureCollection) {
        self.name = name
        self.collection = collection
    }
}

/// Choices for ``MapLayers/build(_:route:incident:options:engines:)``.
public struct LayerOptions: Sendable, Equatable {
    /// Spacing of the `km_markers` layer, km (default 10).
    public var kmMarkerIntervalKm: Double
    /// Whether the `route` layer is 3D where elevation is known (default false).
    public var routeElevation: Bool
    /// Spacing of interpolated `profile` points, km (default 1).
    public var profileStepKm: Double
    /// Radii of the incident's cordons, km (default 1, 5, 10).
    public var cordonRadiiKm: [Double]
    /// Greatest spacing of the vertices of a distance line, metres (default 5,000).
    public var distanceSpacingM: Double

    /// Options with the given values; the defaults are those stated on each property.
    public init(kmMarkerIntervalKm: Double = 10, routeElevation: Bool = false, profileStepKm: Double = 1,
                cordonRadiiKm: [Double] = [1, 5, 10], distanceSpacingM: Double = 5_000) {
        self.kmMarkerIntervalKm = kmMarkerIntervalKm
        self.routeElevation = routeElevation
        self.profileStepKm = profileStepKm
        self.cordonRadiiKm = cordonRadiiKm
        self.distanceSpacingM = distanceSpacingM
    }
}
