import GeoJSON
import RouteModel
import TextFormats

extension MapLayers {
    /// The `terrain` layer, two kinds of feature told apart by `feature_type`:
    /// - `area`: each named area (e.g. Bolan Pass) as a Polygon, the corridor of `half_width_km` around
    ///   its stretch of line (exterior counter-clockwise); `mountainous` is true when most of that
    ///   stretch lies in mountainous terrain sections.
    /// - `section`: each terrain section (plateau, pass, valley, plain) as a LineString along the line,
    ///   with `gradient_per_mille` (average rise per km of chainage from the sourced heights at its ends,
    ///   null when a height is unknown) and the steepest sourced ruling gradient over it.
    ///
    /// Areas come first so that sections draw above them. Properties: `feature_type`, `id`, `name`,
    /// `kind`, `mountainous`, `from_chainage_km`, `to_chainage_km`, `length_km`, `half_width_km`,
    /// `gradient_per_mille`, `ruling_gradient`, `ruling_per_mille`, `notes` (the data's free text; the
    /// simplestyle `description` is the popup text), `basis`, `source`, then style.
    public static func terrain(_ route: Route) -> FeatureCollection {
        var features: [Feature] = route.areas.map { area in
            let mountainous = mountainousShare(route, fromKm: area.fromKm, toKm: area.toKm) > 0.5
            var properties: JSONObject = [
                "feature_type": "area",
                "id": .string(area.id),
                "name": .string(area.name),
                "kind": "named_area",
                "mountainous": .bool(mountainous),
                "from_chainage_km": .number(area.fromKm),
                "to_chainage_km": .number(area.toKm),
                "length_km": .number((area.toKm - area.fromKm).rounded(to: 3)),
                "half_width_km": .number(area.halfWidthKm),
                "gradient_per_mille": .null,
                "ruling_gradient": .null,
                "ruling_per_mille": .null,
                "notes": .string(area.aliases.isEmpty ? "" : "also called " + area.aliases.joined(separator: "; ")),
                "basis": .string(area.basis),
                "source": .string(area.source),
            ]
            SimpleStyle.stroke(mountainous ? SimpleStyle.Colour.mountainous : SimpleStyle.Colour.lowland, width: 1, opacity: 0.8, into: &properties)
            SimpleStyle.fill(mountainous ? SimpleStyle.Colour.mountainous : SimpleStyle.Colour.lowland, opacity: mountainous ? 0.25 : 0.15,
                             into: &properties)
            SimpleStyle.label(area.name, "named area: \(Format.number(area.halfWidthKm)) km either side of the line over chainage \(Format.number(area.fromKm)) – \(Format.number(area.toKm)) km; \(area.basis)",
                              legend: mountainous ? "mountainous area" : "lowland area", into: &properties)
            return Feature(id: .string(area.id), geometry: LayerGeometry.polygon(area.polygon), properties: properties)
        }
        features += route.terrain.map { section in
            let gradient = averageGradient(route, fromKm: section.fromKm, toKm: section.toKm)
            let ruling = route.gradients.filter { $0.fromKm < section.toKm && $0.toKm > section.fromKm }.max { abs($0.perMille) < abs($1.perMille) }
            var properties: JSONObject = [
                "feature_type": "section",
                "id": .string(section.id),
                "name": .string(section.name),
                "kind": .string(section.kind),
                "mountainous": .bool(section.mountainous),
                "from_chainage_km": .number(section.fromKm),
                "to_chainage_km": .number(section.toKm),
                "length_km": .number((section.toKm - section.fromKm).rounded(to: 3)),
                "half_width_km": .null,
                "gradient_per_mille": gradient.map { .number($0.rounded(to: 2)) } ?? .null,
                "ruling_gradient": ruling.map { .string($0.ruling) } ?? .null,
                "ruling_per_mille": ruling.map { .number($0.perMille) } ?? .null,
                "notes": .string(section.description),
                "basis": "terrain section",
                "source": .string(section.source),
            ]
            SimpleStyle.stroke(section.mountainous ? SimpleStyle.Colour.mountainous : SimpleStyle.Colour.lowland, width: 9, opacity: 0.5,
                               into: &properties)
            var description = "\(section.kind)\(section.mountainous ? ", mountainous" : ""), chainage \(Format.number(section.fromKm)) – \(Format.number(section.toKm)) km"
            if let gradient { description += "; average gradient \(Format.number(gradient)) ‰" }
            if let ruling { description += "; ruling gradient \(ruling.summary)" }
            SimpleStyle.label(section.name, description + ": " + section.description,
                              legend: section.mountainous ? "mountainous section" : "terrain section", into: &properties)
            return Feature(id: .string(section.id), geometry: LayerGeometry.line(route.line.subline(fromKm: section.fromKm, toKm: section.toKm)),
                           properties: properties)
        }
        return collection(.terrain, features)
    }

    /// Rise per km of chainage between the sourced heights at both ends, ‰; nil when either is unknown.
    static func averageGradient(_ route: Route, fromKm: Double, toKm: Double) -> Double? {
        guard toKm > fromKm, let a = route.profile.elevation(atChainage: fromKm), let b = route.profile.elevation(atChainage: toKm) else { return nil }
        return (b - a) / (toKm - fromKm)
    }

    /// The share of a stretch lying in mountainous terrain sections.
    static func mountainousShare(_ route: Route, fromKm: Double, toKm: Double) -> Double {
        guard toKm > fromKm else { return 0 }
        let covered = route.terrain.filter(\.mountainous).reduce(0.0) { sum, s in
            sum + max(0, min(toKm, s.toKm) - max(fromKm, s.fromKm))
        }
        return covered / (toKm - fromKm)
    }
}
