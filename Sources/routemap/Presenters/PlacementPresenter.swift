import Placement

/// Readable tables for placements and relief distances (JSON comes from the Placement module).
enum PlacementPresenter {
    static func table(_ p: Placement) -> TextTable {
        .fields([
            ("incident", p.incident.id + (p.incident.title.isEmpty ? "" : ": " + p.incident.title)),
            ("chainage_km", "\(Format.km(p.chainageKm)) (\(p.chainageBasis))"),
            ("interval_km", "\(Format.fixed(p.interval.lowerBound, 1)) – \(Format.fixed(p.interval.upperBound, 1)), ±\(Format.fixed(p.uncertaintyKm, 1)) km with post rounding"),
            ("point", "\(Format.fixed(p.position.point.lon, 6)), \(Format.fixed(p.position.point.lat, 6))"),
            ("line / km post", "\(p.position.line) km \(Format.fixed(p.position.kmPost, 1))"),
            ("between", "\(p.stationBefore.name) (\(Format.fixed(p.stationBefore.alongTrackKm, 1)) km back) – \(p.stationAfter.name) (\(Format.fixed(p.stationAfter.alongTrackKm, 1)) km on)"),
            ("tunnel", p.position.tunnels.isEmpty ? "–" : p.position.tunnels.map { "\($0.name) [\($0.certainty.rawValue)]" }.joined(separator: "; ")),
            ("terrain", p.position.terrain?.name ?? "–"),
            ("elevation", Format.optional(p.position.elevationM, 0, unit: " m")),
            ("candidates", p.candidates ?? "–"),
            ("location", p.record?.location ?? "–"),
            ("admin1 / admin2", p.record.map { "\($0.admin1All.joined(separator: "; ")) / \($0.admin2All.joined(separator: "; "))" } ?? "–"),
            ("precision codes", p.record.map { "ACLED geo_precision \($0.acledGeoPrecision), UCDP where_prec \($0.ucdpWherePrecision), GTD specificity \($0.gtdSpecificity) vicinity \($0.gtdVicinity)" } ?? "–"),
            ("clues used", p.used.map(String.init).joined(separator: ", ")),
        ])
    }

    /// Conflicts and warnings, one per line, and the accuracy note.
    static func notes(_ p: Placement) -> String {
        (p.conflicts.map { "conflict: clue \($0.clue): \($0.reason)" } + p.warnings.map { "warning: \($0)" } + [Placement.accuracyNote])
            .joined(separator: "\n")
    }

    static func reliefTable(_ r: ReliefReport) -> TextTable {
        TextTable(header: ["relief point", "kind", "geodesic km", "azimuth", "access km", "along-track km", "rail min", "air min"],
                  rows: r.entries.map { e in
            [e.point.name, e.point.kind.rawValue, Format.fixed(e.distanceM / 1000, 1), Format.fixed(e.azimuthDeg, 0) + "°",
             Format.fixed(e.access.chainageKm, 1), Format.fixed(e.alongTrackKm, 1),
             e.railMinutes.map { Format.fixed($0, 0) } ?? "–", e.airMinutes.map { Format.fixed($0, 0) } ?? "–"]
        })
    }
}
