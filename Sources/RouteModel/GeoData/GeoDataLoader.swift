import GeoEngines

/// Reads and validates a GeoData folder (format: GeoData/FORMAT.md). Every error names the file, the
/// line and the field, and says what was expected.
public enum GeoDataLoader {
    /// Parses every file of the route in `files`.
    public static func load(_ files: GeoDataFiles) throws -> RouteData {
        let document = try RouteDocument.decode(try files.text("route.json"), file: "route.json")
        try check(document)
        let lineIDs = Set(document.lines.map(\.id))
        var stations = try StationsFile.parse(try files.text("stations.csv"), lines: lineIDs)
        let aliasWarnings = StationsFile.dropAliasesRepeatingTheName(&stations)
        let names = Set(stations.map(\.station.name))
        if let table = try files.optionalText("position_errors.csv").map({ text throws(InputFileError) in try CSVTable(file: "position_errors.csv", text: text) }) {
            let errors = try EventFiles.positionErrors(table, stations: names)
            for i in stations.indices {
                guard let error = errors[stations[i].station.name] else { continue }
                stations[i].station.positionErrorKm = error.km
                stations[i].station.positionErrorBasis = error.basis
            }
        }
        let length = stations.last?.station.chainageKm ?? 0
        func optional(_ name: String) throws -> CSVTable? {
            try files.optionalText(name).map { text throws(InputFileError) in try CSVTable(file: name, text: text) }
        }
        let data = RouteData(
            document: document,
            stations: stations,
            shapePoints: try optional("shape_points.csv").map { try EventFiles.shapePoints($0, stations: names) } ?? [],
            tunnels: try optional("tunnels.csv").map { try EventFiles.tunnels($0, length: length, stations: names) } ?? [],
            terrain: try optional("terrain_sections.csv").map { try EventFiles.terrain($0, length: length) } ?? [],
            areas: try optional("areas.csv").map { try EventFiles.areas($0, length: length) } ?? [],
            gradients: try optional("gradients.csv").map { try EventFiles.gradients($0, length: length) } ?? [],
            reliefPoints: try optional("relief_points.csv").map { try EventFiles.reliefPoints($0, stations: names) } ?? [],
            speeds: try optional("speeds.csv").map { try EventFiles.speeds($0, length: length) } ?? [],
            alternatives: try optional("alternatives.csv").map { try EventFiles.alternatives($0) } ?? [],
            loadWarnings: aliasWarnings,
            track: try files.optionalText(TrackFile.file).map { text throws(InputFileError) in try TrackFile.parse(text, stations: stations) })
        try LegCheck.check(document, stations)
        try checkAlternatives(data.alternatives, stations: stations)
        try checkShapePoints(data.shapePoints, stations: stations)
        return data
    }

    /// Parses a `stations.csv` on its own (e.g. for building a track before route.json exists); with
    /// `lines`, each station's line must be one of them.
    public static func stations(_ text: String, lines: Set<String>? = nil) throws(InputFileError) -> [StationRecord] {
        try StationsFile.parse(text, lines: lines)
    }

    /// Each shape point must lie between two stations, `after_station` before `before_station`: the line
    /// is calibrated between stations, so a shape point past the last one would have no chainage.
    private static func checkShapePoints(_ shapes: [ShapePoint], stations: [StationRecord]) throws(InputFileError) {
        let order = Dictionary(stations.enumerated().map { ($1.station.name, $0) }, uniquingKeysWith: { first, _ in first })
        for (i, shape) in shapes.enumerated() {
            guard let after = order[shape.afterStation], let before = order[shape.beforeStation], after < before else {
                throw InputFileError(file: "shape_points.csv", line: i + 2, field: "after_station",
                                     "'\(shape.afterStation)' must come before '\(shape.beforeStation)' in stations.csv (a shape point lies between two stations)")
            }
        }
    }

    /// Each recorded alternative must name a station and repeat its current km post.
    private static func checkAlternatives(_ alternatives: [PostAlternative], stations: [StationRecord]) throws(InputFileError) {
        for (i, alternative) in alternatives.enumerated() {
            guard let station = stations.first(where: { $0.station.name == alternative.station })?.station else {
                throw InputFileError(file: "alternatives.csv", line: i + 2, field: "station", "'\(alternative.station)' is not a station name in stations.csv")
            }
            guard station.kmPost == alternative.currentKmPost else {
                throw InputFileError(file: "alternatives.csv", line: i + 2, field: "km_post_current",
                                     "\(alternative.currentKmPost) is not \(station.name)'s km post in stations.csv (\(station.kmPost))")
            }
        }
    }

    private static func check(_ document: RouteDocument) throws(InputFileError) {
        let ids = Set(document.lines.map(\.id))
        guard !document.legs.isEmpty else { throw InputFileError(file: "route.json", field: "legs", "is empty; expected at least one leg") }
        for (i, leg) in document.legs.enumerated() where !ids.contains(leg.line) {
            throw InputFileError(file: "route.json", field: "legs[\(i)].line",
                               "'\(leg.line)' is not a known line; expected one of \(ids.sorted().joined(separator: ", "))")
        }
        guard document.postRoundingKm >= 0, document.postRoundingKm.isFinite else {
            throw InputFileError(file: "route.json", field: "post_rounding_km", "must be a non-negative number")
        }
        if let bounds = document.dataChecks {
            guard bounds.minChordRatio > 0, bounds.minChordRatio < bounds.maxChordRatio, bounds.maxChordRatio.isFinite else {
                throw InputFileError(file: "route.json", field: "data_checks",
                                     "needs 0 < min_chord_ratio < max_chord_ratio; found \(bounds.minChordRatio) and \(bounds.maxChordRatio)")
            }
        }
        if let helicopter = document.helicopter {
            guard helicopter.cruiseKmh.isFinite, helicopter.cruiseKmh > 0 else {
                throw InputFileError(file: "route.json", field: "helicopter.cruise_kmh", "must be a positive speed in km/h")
            }
            guard ["sourced", "assumption"].contains(helicopter.basis) else {
                throw InputFileError(file: "route.json", field: "helicopter.basis", "'\(helicopter.basis)' is not one of sourced, assumption")
            }
        }
    }
}
