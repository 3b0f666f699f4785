import GeoEngines
import GeoJSON
import RouteModel
import TextFormats

/// JSON objects and table rows for route positions, snaps, stations and distances, with the field names
/// of the CLI contract.
enum RoutePresenters {
    static func point(_ p: GeoPoint) -> JSONValue { [.number(p.lon), .number(p.lat)] }

    /// The decimals computed figures keep in `locate`, `snap` and `place` alike (`place` rounds the
    /// same way): km 3 (metres), coordinates 6 (about 0.1 m), elevation and offset 1, gradient 2.
    enum Decimals {
        static let km = 3, coordinate = 6, metres = 1, perMille = 2
    }

    /// `value` rounded half away from zero to `decimals` places.
    static func rounded(_ value: Double, _ decimals: Int) -> JSONValue {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return .number((value * scale).rounded() / scale)
    }

    /// A computed point, [lon, lat] rounded to ``Decimals/coordinate``.
    static func roundedPoint(_ p: GeoPoint) -> JSONValue {
        [rounded(p.lon, Decimals.coordinate), rounded(p.lat, Decimals.coordinate)]
    }

    static func position(_ p: RoutePosition, route: Route) -> JSONObject {
        [
            "chainage_km": rounded(p.chainageKm, Decimals.km),
            "point": roundedPoint(p.point),
            "line": .string(p.line),
            "km_post": rounded(p.kmPost, Decimals.km),
            "elevation_m": p.elevationM.map { rounded($0, Decimals.metres) } ?? .null,
            "elevation_source": p.elevationSource.map { .string($0.rawValue) } ?? .null,
            "between": [.string(p.stationBefore.name), .string(p.stationAfter.name)],
            "tunnel": p.tunnels.isEmpty ? .null : .string(p.tunnels.map(\.name).joined(separator: "; ")),
            "terrain": p.terrain.map { .string($0.name) } ?? .null,
            "mountainous": .bool(p.mountainous),
            "gradient_per_mille": p.gradientPerMille.map { rounded($0, Decimals.perMille) } ?? .null,
            "ruling_gradient": p.rulingGradient.map { .string($0.ruling) } ?? .null,
            "tunnels": .array(p.tunnels.map { t in
                ["id": .string(t.id), "name": .string(t.name), "from_km": .number(t.fromKm), "to_km": .number(t.toKm),
                 "certainty": .string(t.certainty.rawValue)]
            }),
            "accuracy": .string(accuracy(route)),
        ]
    }

    static func positionTable(_ p: RoutePosition) -> TextTable {
        .fields([
            ("chainage_km", Format.km(p.chainageKm)),
            ("point", "\(Format.fixed(p.point.lon, 6)), \(Format.fixed(p.point.lat, 6))"),
            ("line / km post", "\(p.line) km \(Format.fixed(p.kmPost, 3))"),
            ("between", "\(p.stationBefore.name) (\(Format.km(p.stationBefore.chainageKm))) – \(p.stationAfter.name) (\(Format.km(p.stationAfter.chainageKm)))"),
            ("elevation", Format.optional(p.elevationM, 0, unit: " m")),
            ("gradient", p.gradientPerMille.map { Format.fixed($0, 1) + " ‰" } ?? "unknown"),
            ("ruling gradient", p.rulingGradient?.summary ?? "–"),
            ("tunnel", p.tunnels.isEmpty ? "–" : p.tunnels.map { "\($0.name) [\($0.certainty.rawValue)]" }.joined(separator: "; ")),
            ("terrain", p.terrain.map { "\($0.name)\($0.mountainous ? " (mountainous)" : "")" } ?? "–"),
        ])
    }

    static func snap(_ s: SnapResult) -> JSONObject {
        var json: JSONObject = [
            "chainage_km": rounded(s.chainageKm, Decimals.km),
            "offset_m": rounded(s.offsetM, Decimals.metres),
            "side": .string(s.side.rawValue),
            "point": roundedPoint(s.point),
            "line": .string(s.line),
            "km_post": rounded(s.kmPost, Decimals.km),
        ]
        if let warning = snapWarning(s) { json["warning"] = .string(warning) }
        return json
    }

    /// Points this far from the line are unlikely to be on it; the chainage is only that of the nearest point.
    static let farOffsetM = 2_000.0

    static func snapWarning(_ s: SnapResult) -> String? {
        guard s.offsetM > farOffsetM else { return nil }
        return String(format: "the point is %.1f km from the line: the chainage is that of the nearest point of the line, not a position on it", s.offsetM / 1000)
    }

    static func station(_ s: Station) -> JSONObject {
        [
            "seq": .number(Double(s.seq)),
            "name": .string(s.name),
            "aliases": .array(s.aliases.map(JSONValue.string)),
            "line": .string(s.line),
            "km_post": .number(s.kmPost),
            "chainage_km": .number(s.chainageKm),
            "point": point(s.position),
            "position": .string(s.positionSource.rawValue),
            "elevation_m": s.elevationM.map(JSONValue.number) ?? .null,
            "stop": .string(s.stops.rawValue),
            "position_error_km": s.positionErrorKm.map(JSONValue.number) ?? .null,
            "position_error_basis": s.positionErrorBasis.map(JSONValue.string) ?? .null,
            "elevation_source": s.elevationM == nil ? .null : .string(ElevationSource.station.rawValue),
        ]
    }

    /// A data warning for `summary`'s `data_warnings`: `code`, `message`, the section or station
    /// concerned (`from_station`, `to_station`, `from_chainage_km`, `to_chainage_km`; null when not
    /// about one) and `figures` (name → value).
    static func dataWarning(_ w: DataWarning) -> JSONValue {
        var figures = JSONObject()
        for f in w.figures { figures[f.name] = .number(f.value) }
        return .object([
            "code": .string(w.code),
            "message": .string(w.message),
            "from_station": w.fromStation.map(JSONValue.string) ?? .null,
            "to_station": w.toStation.map(JSONValue.string) ?? .null,
            "from_chainage_km": w.fromKm.map(JSONValue.number) ?? .null,
            "to_chainage_km": w.toKm.map(JSONValue.number) ?? .null,
            "figures": .object(figures),
        ])
    }

    /// How exact the figures are, in one sentence.
    static func accuracy(_ route: Route) -> String {
        "chainage from \(route.document.calibration) km posts, ±\(Format.fixed(route.postRoundingKm, 1)) km rounding; line drawn station to station, so lateral position between stations is approximate"
    }
}
