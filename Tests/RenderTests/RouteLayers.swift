import GeoEngines
import GeoJSON
import RouteModel
import TextFormats

/// Map layers built in the tests from the shipped route (the Layers module is built separately),
/// styled with simplestyle properties the way a user's GeoJSON would be.
enum RouteLayers {
    static func position(_ point: GeoPoint) -> Position { Position(longitude: point.lon, latitude: point.lat) }

    /// Areas, route line, tunnels, stations and the 2025 incident (best km 113, interval 101–125).
    static func all(_ route: Route) -> [(name: String, collection: FeatureCollection)] {
        [("Named areas", areas(route)), ("Route", line(route)), ("Tunnels", tunnels(route)),
         ("Stations", stations(route)), ("Incident", incident(route))]
    }

    static func line(_ route: Route) -> FeatureCollection {
        FeatureCollection(features: [Feature(geometry: .lineString(route.line.points.map(position)), properties: [
            "title": "Jaffar Express", "stroke": "#1f4e9c", "stroke-width": 3,
        ])])
    }

    static func areas(_ route: Route) -> FeatureCollection {
        FeatureCollection(features: route.areas.map { area in
            Feature(geometry: .polygon(area.polygon.map { $0.map(position) }), properties: [
                "title": .string(area.name), "fill": "#c8a96e", "fill-opacity": 0.35, "stroke": "#a0804a", "stroke-width": 1,
            ])
        })
    }

    static func tunnels(_ route: Route) -> FeatureCollection {
        FeatureCollection(features: route.tunnels.map { tunnel in
            Feature(geometry: .lineString(route.line.subline(fromKm: tunnel.fromKm, toKm: tunnel.toKm).map(position)), properties: [
                "title": .string(tunnel.name), "stroke": "#222222", "stroke-width": 5, "stroke-opacity": 0.6,
            ])
        })
    }

    static func stations(_ route: Route) -> FeatureCollection {
        let major: Set<String> = [route.stations.first!.name, route.stations.last!.name]
        return FeatureCollection(features: route.stations.map { station in
            let important = major.contains(station.name) || station.name.contains("Junction") || station.name.contains("Cantt")
            return Feature(geometry: .point(position(station.position)), properties: [
                "title": .string(station.name), "marker-size": important ? "medium" : "small",
                "marker-color": important ? "#1f4e9c" : "#5b7db8", "label_priority": important ? 2 : (station.elevationM == nil ? 0 : 1),
            ])
        })
    }

    static func incident(_ route: Route) -> FeatureCollection {
        FeatureCollection(features: [
            Feature(geometry: .lineString(route.line.subline(fromKm: 101, toKm: 125).map(position)), properties: [
                "title": "possible location (km 101–125)", "stroke": "#d62728", "stroke-width": 7, "stroke-opacity": 0.5,
            ]),
            Feature(geometry: .point(position(route.line.point(atChainage: 113))), properties: [
                "title": "Jaffar Express hijacking, 11 Mar 2025", "marker-color": "#d62728", "marker-size": "large",
                "marker-symbol": "!", "label_priority": 10,
            ]),
        ])
    }
}
