import GeoJSON
import RouteModel
import TextFormats

extension MapLayers {
    /// The most km markers one layer holds (10 M: about 3.5 GB of GeoJSON).
    public static let maximumKmMarkers = 10_000_000

    /// The `km_markers` layer: a Point every `everyKm` km of chainage from 0 to the route's end, id
    /// `km-<chainage>`. At a junction the marker belongs to the leg that ends there.
    ///
    /// Properties: `chainage_km`, `line`, `km_post`, then style.
    /// - Throws: ``LayerError/invalidMarkerInterval(_:)`` unless `everyKm` is positive and finite and
    ///   gives at most `maximumKmMarkers` markers.
    public static func kmMarkers(_ route: Route, everyKm: Double = 10) throws(LayerError) -> FeatureCollection {
        guard everyKm.isFinite, everyKm > 0, route.lengthKm / everyKm < Double(maximumKmMarkers) else { throw .invalidMarkerInterval(everyKm) }
        let count = Int((route.lengthKm / everyKm + 1e-9).rounded(.down))
        return collection(.kmMarkers, (0...count).map { i in
            let km = (Double(i) * everyKm).rounded(to: 6)
            let post = route.kmPost(atChainage: km)
            var properties: JSONObject = [
                "chainage_km": .number(km),
                "line": .string(post.line),
                "km_post": .number(post.kmPost.rounded(to: 6)),
            ]
            SimpleStyle.marker(SimpleStyle.Colour.kmMarker, symbol: "triangle-stroked", size: "small", into: &properties)
            SimpleStyle.label("km \(Format.number(km))", "chainage \(Format.number(km)) km from \(route.document.from); \(post.line) km post \(Format.number(post.kmPost))", legend: "km marker",
                              into: &properties)
            return Feature(id: .string("km-\(Format.number(km))"), geometry: .point(LayerGeometry.position(route.line.point(atChainage: km))),
                           properties: properties)
        })
    }
}
