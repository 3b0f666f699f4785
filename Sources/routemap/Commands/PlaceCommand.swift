import ArgumentParser
import IncidentPipeline
import TextFormats
import Placement

/// `routemap place INCIDENT.json`: place an incident on the route from its clues.
struct PlaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "place",
        abstract: "Place an incident on the route from reporters' clues, with its uncertainty and any conflicting clues.",
        discussion: """
        Each clue becomes chainage intervals; routemap intersects them, sets aside the smallest set of \
        clues (least weight) that disagrees with the rest, names them with the reason, and places on the rest.
        Exit codes: 0 placed, 3 placed with conflicts, 2 bad input (or no clue gives a place).
        Example: routemap place GeoData/jaffar-express/incidents/JE-2025-03-11.json --format json
        Example: routemap place --clue 'between=Nuttall,Dera Murad Jamali' --clue 'km_post=ML-3:130'
        """)

    @OptionGroup var input: PlacingOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let pipeline = try CommandPipeline.make(route: input.route, offset: input.offset)
        let placed = try CommandPipeline.place(try input.incident.load(), in: pipeline, from: input.incident.incident)
        let placement = placed.placement
        // The nearest help being far is part of where the incident is: place warns about it too.
        let reliefWarnings = placed.relief.warnings
        var json = placement.jsonObject
        json["warnings"] = .array((placement.warnings + reliefWarnings).map(JSONValue.string))
        try CommandOutput.emit(output.format, json: json, table: PlacementPresenter.table(placement),
                               footnote: ([PlacementPresenter.notes(placement)] + reliefWarnings.map { "warning: " + $0 }).joined(separator: "\n"))
        try CommandPipeline.reportConflicts(placement)
    }
}

/// `routemap distances INCIDENT.json`: how far the placed incident is from each relief point.
struct DistancesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distances",
        abstract: "Distances from a placed incident to relief points: geodesic, along the track, and travel times.",
        discussion: """
        For each relief point: WGS84 geodesic distance and azimuth, its access point on the line, the \
        along-track km, a rail ETA from the section speeds in GeoData and a helicopter ETA at the stated \
        cruise speed; ranges carry the incident's uncertainty. Sorted by along-track distance.
        Exit codes as for place (3 when the placement set clues aside).
        --format csv writes one row per relief point (ranges as NAME_low,NAME_high columns).
        Example: routemap distances GeoData/jaffar-express/incidents/JE-2025-03-11.json --format json
        """)

    @OptionGroup var input: PlacingOptions
    @OptionGroup var relief: ReliefOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let pipeline = try CommandPipeline.make(route: input.route, relief: relief, offset: input.offset)
        let placed = try CommandPipeline.place(try input.incident.load(), in: pipeline, from: input.incident.incident)
        let report = placed.relief
        try CommandOutput.emit(output.format, json: report.jsonObject, table: PlacementPresenter.reliefTable(report),
                               csv: { CSVOutputTable(objects: (report.jsonObject["relief"]?.arrayValue ?? []).compactMap(\.objectValue)) },
                               footnote: ([PlacementPresenter.notes(placed.placement)] + report.basis + report.warnings.map { "warning: " + $0 }).joined(separator: "\n"))
        try CommandPipeline.reportConflicts(placed.placement)
    }
}

/// The input of the commands that place an incident: the incident (file and/or clues) and the route.
struct PlacingOptions: ParsableArguments {
    @OptionGroup var incident: IncidentOptions
    @OptionGroup var route: RouteOptions
    @OptionGroup var offset: OffsetOptions
}
