import GeoJSON
import RouteModel
import TextFormats

extension MapLayers {
    /// The `profile` layer: PointZ features ([lon, lat, elevation]) along the line wherever elevation is
    /// known: each station with a sourced height (`source` = `station`) and, between two such stations
    /// no more than the profile's maximum gap apart, a point every `stepKm` km of chainage with the height
    /// interpolated linearly (`source` = `interpolated`). Nothing is written where elevation is unknown.
    ///
    /// Points rather than one 3D line because QGIS, kepler.gl and spreadsheets can plot `chainage_km`
    /// against `elevation_m` directly, label heights, and the Z value still feeds QGIS's elevation
    /// profile and 3D views.
    ///
    /// Properties: `chainage_km`, `elevation_m`, `line`, `km_post`, `station` (null between stations),
    /// `source`, `gradient_per_mille` (of the section between known heights, null outside one), then style.
    public static func profile(_ route: Route, stepKm: Double = 1) -> FeatureCollection {
        let profile = route.profile
        var kms = profile.samples.map(\.chainageKm)
        if stepKm.isFinite, stepKm > 0 {
            for section in profile.sections {
                var km = (section.from.chainageKm / stepKm).rounded(.up) * stepKm
                while km < section.to.chainageKm {
                    kms.append(km)
                    km += stepKm
                }
            }
        }
        kms.sort()
        var unique: [Double] = []
        for km in kms where unique.last.map({ km - $0 > 1e-6 }) ?? true { unique.append(km) }
        let features = unique.compactMap { km -> Feature? in
            guard let elevation = profile.elevation(atChainage: km) else { return nil }
            let sample = profile.samples.first { abs($0.chainageKm - km) < 1e-6 }
            let post = route.kmPost(atChainage: km)
            let gradient = profile.section(atChainage: km)?.perMille
            var properties: JSONObject = [
                "chainage_km": .number(km.rounded(to: 6)),
                "elevation_m": .number(elevation.rounded(to: 1)),
                "line": .string(post.line),
                "km_post": .number(post.kmPost.rounded(to: 6)),
                "station": sample.map { .string($0.station) } ?? .null,
                "source": sample == nil ? "interpolated" : "station",
                "elevation_source": .string((sample == nil ? ElevationSource.interpolated : .station).rawValue),
                "gradient_per_mille": gradient.map { .number($0.rounded(to: 2)) } ?? .null,
            ]
            SimpleStyle.marker(SimpleStyle.Colour.profile, symbol: sample == nil ? "circle" : "rail", size: sample == nil ? "small" : "medium",
                               into: &properties)
            SimpleStyle.label("\(Format.number(elevation, digits: 0)) m at km \(Format.number(km))",
                              (sample.map { "\($0.station): sourced height" } ?? "interpolated between sourced station heights")
                                + (gradient.map { "; section gradient \(Format.number($0)) ‰" } ?? ""),
                              legend: "elevation (sourced or interpolated)", into: &properties)
            let point = route.line.point(atChainage: km)
            return Feature(geometry: .point(LayerGeometry.position(point, altitude: elevation.rounded(to: 1))), properties: properties)
        }
        return collection(.profile, features)
    }
}
