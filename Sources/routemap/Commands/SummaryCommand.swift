import ArgumentParser
import GeoEngines
import GeoJSON
import RouteModel
import TextFormats

/// `routemap summary`: the route at a glance, with its data warnings.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Summarise the route: legs, stations, tunnels, terrain, elevation range and data warnings.",
        discussion: "Example: routemap summary (--format csv: the table's field,value rows)")

    @OptionGroup var route: RouteOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let route = try route.route(engines: WorkerEngines())
        let doc = route.document
        let legs: [JSONValue] = route.legs.map { leg in
            .object(["line": .string(leg.line), "name": .string(leg.lineName), "from": .string(leg.fromStation), "to": .string(leg.toStation),
                     "from_km_post": .number(leg.fromPostKm), "to_km_post": .number(leg.toPostKm),
                     "from_chainage_km": .number(leg.startKm), "to_chainage_km": .number(leg.endKm)])
        }
        let heights = route.profile.samples.map(\.elevationM)
        let json: JSONObject = [
            "id": .string(doc.id), "name": .string(doc.name), "from": .string(doc.from), "to": .string(doc.to),
            "length_km": .number(route.lengthKm),
            "published_length_km": doc.publishedLengthKm.map(JSONValue.number) ?? .null,
            "published_length_source": doc.publishedLengthSource.map(JSONValue.string) ?? .null,
            "model_length_km": .number(route.line.modelLengthM.last! / 1000),
            "calibration": .string(doc.calibration),
            "stations": .number(Double(route.stations.count)),
            "estimated_stations": .number(Double(route.stations.filter { $0.positionSource == .estimated }.count)),
            "tunnels": .number(Double(route.tunnels.count)),
            "legs": .array(legs),
            "elevation_range_m": heights.isEmpty ? .null : [.number(heights.min()!), .number(heights.max()!)],
            "warnings": .array(route.warnings.map { .string($0.message) }),
            "data_warnings": .array(route.warnings.map(RoutePresenters.dataWarning)),
            "accuracy": .string(RoutePresenters.accuracy(route)),
        ]
        var rows: [(String, String)] = [
            ("route", "\(doc.name): \(doc.from) → \(doc.to)"),
            ("length", "\(Format.fixed(route.lengthKm, 0)) km by km posts (\(doc.calibration)); published \(doc.publishedLengthKm.map { Format.fixed($0, 0) } ?? "?") km\(doc.publishedLengthSource.map { " (\($0))" } ?? ""); drawn line \(Format.fixed(route.line.modelLengthM.last! / 1000, 1)) km"),
            ("stations", "\(route.stations.count) (\(route.stations.filter { $0.positionSource == .estimated }.count) with estimated positions)"),
            ("tunnels", route.tunnels.map(\.name).joined(separator: ", ")),
            ("data warnings", Self.warningCounts(route.warnings)),
            ("elevation", heights.isEmpty ? "unknown" : "\(Format.fixed(heights.min()!, 0)) – \(Format.fixed(heights.max()!, 0)) m at \(heights.count) stations"),
        ]
        for leg in route.legs {
            rows.append(("leg \(leg.line)", "\(leg.fromStation) → \(leg.toStation): km \(Format.fixed(leg.fromPostKm, 0)) → \(Format.fixed(leg.toPostKm, 0)), chainage \(Format.fixed(leg.startKm, 0)) – \(Format.fixed(leg.endKm, 0))"))
        }
        let warnings = route.warnings.map { "warning: \($0.message)" }.joined(separator: "\n")
        try CommandOutput.emit(output.format, json: json, table: .fields(rows), csv: { CSVOutputTable(fields: rows) },
                               footnote: RoutePresenters.accuracy(route) + (warnings.isEmpty ? "" : "\n" + warnings))
    }

    /// "18: posts-shorter-than-straight-line 7, …" (codes in order of first appearance), or "none".
    static func warningCounts(_ warnings: [DataWarning]) -> String {
        guard !warnings.isEmpty else { return "none" }
        var codes: [String] = []
        for w in warnings where !codes.contains(w.code) { codes.append(w.code) }
        return "\(warnings.count): " + codes.map { code in "\(code) \(warnings.filter { $0.code == code }.count)" }.joined(separator: ", ") + " (listed below)"
    }
}
