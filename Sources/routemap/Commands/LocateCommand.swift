import ArgumentParser
import GeoEngines
import GeoJSON
import RouteModel
import TextFormats

/// `routemap locate --km 125`: what is at a chainage (or a station, or a km post).
struct LocateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locate",
        abstract: "Describe the point at a chainage: position, line and km post, stations around it, elevation, tunnel, terrain.",
        discussion: """
        Example: routemap locate --km 120 --format json
        Or by name: --station Mach; or by a line's km post: --km-post ML-3:259.
        With none of these it reads chainages (km) from stdin, one a line, optionally followed by an id, \
        and writes one line each: chainage_km lon lat line km_post elevation_m [id], tab-separated (or \
        JSON Lines with --format json). Example: seq 0 10 100 | routemap locate
        """)

    @Option(name: .long, parsing: .unconditional, help: "Chainage in km from the route's origin (0 … route length).")
    var km: Double?
    @Option(name: .long, help: "A station's name or alias (case and accents ignored).")
    var station: String?
    @Option(name: .customLong("km-post"), help: ArgumentHelp("A km post on a line, e.g. ML-3:259.", valueName: "line:km"))
    var kmPost: String?

    @OptionGroup var route: RouteOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard [km != nil, station != nil, kmPost != nil].filter({ $0 }).count <= 1 else {
            throw ValidationError("--km, --station and --km-post are alternatives: give one (or none to read stdin)")
        }
        if let km { guard km.isFinite, km >= 0 else { throw ValidationError("--km: \(km) is outside the valid range 0 … route length (1635 for the shipped route)") } }
        if let kmPost { _ = try Self.parsePost(kmPost) }
    }

    func run() throws {
        let engines = WorkerEngines()
        let route = try route.route(engines: engines)
        guard let chainage = try chainage(on: route) else { return try locateStdin(route) }
        let position = route.position(atChainage: chainage)
        try CommandOutput.emit(output.format, json: RoutePresenters.position(position, route: route),
                               table: RoutePresenters.positionTable(position), footnote: RoutePresenters.accuracy(route))
    }

    /// The chainage the options name, or nil when none is given.
    private func chainage(on route: Route) throws -> Double? {
        if let km {
            guard km <= route.lengthKm else { throw CommandFailure.usage("--km: \(km) is outside the valid range 0 … \(route.lengthKm)") }
            return km
        }
        if let station {
            guard let found = route.station(named: station) else {
                throw CommandFailure.usage("--station: no station or alias '\(station)' on the route (see routemap stations)")
            }
            return found.chainageKm
        }
        if let kmPost {
            let (lineName, post) = try Self.parsePost(kmPost)
            guard let line = route.lineID(named: lineName) else {
                throw CommandFailure.usage("--km-post: no line '\(lineName)' on the route (lines: \(Set(route.legs.map(\.line)).sorted().joined(separator: ", ")))")
            }
            let chainages = route.chainages(atPost: post, line: line)
            guard let first = chainages.first else {
                throw CommandFailure.usage("--km-post: the route does not pass \(line) km \(post) (see routemap summary for each leg's km posts)")
            }
            guard chainages.count == 1 else {
                throw CommandFailure.usage("--km-post: \(line) km \(post) is on the route twice, at chainages \(chainages.map { Format.km($0) }.joined(separator: " and ")) km; use --km")
            }
            return first
        }
        return nil
    }

    private func locateStdin(_ route: Route) throws {
        let out = try LineOutput(format: output.format)
        let failed = try StdinRecords(fields: ["km"]).forEach { record in
            let km = record.numbers[0]
            guard km >= 0, km <= route.lengthKm else { throw LineProblem(message: "field 'km': \(km) is outside the valid range 0 … \(route.lengthKm)") }
            let p = route.position(atChainage: km)
            var json: JSONObject = record.id.map { ["id": .string($0)] } ?? [:]
            let located = RoutePresenters.position(p, route: route)
            for key in located.keys where key != "accuracy" { json[key] = located[key] }
            try out.write(json: json, text: [Format.km(p.chainageKm), Format.fixed(p.point.lon, 6), Format.fixed(p.point.lat, 6), p.line,
                                             Format.km(p.kmPost), p.elevationM.map { Format.fixed($0, 0) } ?? "-"] + (record.id.map { [$0] } ?? []))
        }
        out.flush()
        if let failure = StdinRecords.failure(failed) { throw failure }
    }

    /// "LINE:KM" → (line name, km).
    static func parsePost(_ text: String) throws -> (String, Double) {
        guard let colon = text.lastIndex(of: ":"), let post = Double(text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)),
              post.isFinite, !text[..<colon].trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("--km-post: '\(text)' is not LINE:KM (a line id or name, a colon and a km post, e.g. ML-3:259)")
        }
        return (text[..<colon].trimmingCharacters(in: .whitespaces), post)
    }
}
