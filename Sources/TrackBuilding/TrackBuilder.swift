import GeoEngines

/// Builds a route's track from railway ways: the graph, each station attached to its nearest track,
/// the path through the stations in order (see `SectionRouter`), with every gap bridged by a stated
/// straight connector. The result is written as a GeoData `track.csv` (see `TrackFileText`).
public enum TrackBuilder {
    /// Builds the track through `stops` (in route order) over `ways`.
    public static func build(ways: [RailwayWay], stops: [TrackStop], options: TrackBuildOptions = TrackBuildOptions(),
                             engines: WorkerEngines) throws -> BuiltTrack {
        let lons = ways.flatMap { $0.points.map(\.lon) }
        guard let west = lons.min(), let east = lons.max() else { throw TrackBuildError("the ways hold no vertices") }
        let frame = try engines.proj.transverseMercator(centralMeridian: ((west + east) / 2 * 10).rounded() / 10)
        let graph = try TrackGraph(ways: ways, frame: { try frame.forward($0) }, joinToleranceM: options.joinToleranceM)
        let locator = TrackLocator(graph: graph)

        var reports: [StationOnTrack] = []
        var waypoints: [(stop: Int, attachment: TrackAttachment)] = []
        for (i, stop) in stops.enumerated() {
            guard let position = stop.position else {
                reports.append(StationOnTrack(name: stop.name, distanceM: nil, onPath: false, note: "no coordinate: placed by its km post"))
                continue
            }
            let xy = try frame.forward(position)
            let distance = locator.distanceToTrack(xy, within: options.reportRadiusM)
            if let attachment = locator.attach(xy, geo: position, within: options.attachRadiusM) {
                waypoints.append((i, attachment))
                reports.append(StationOnTrack(name: stop.name, distanceM: attachment.distanceM, onPath: true, note: ""))
            } else {
                let beyond = distance.map { String(format: "%.0f m", $0) } ?? String(format: "more than %.0f m", options.reportRadiusM)
                reports.append(StationOnTrack(name: stop.name, distanceM: distance, onPath: false,
                                              note: "no track within \(Int(options.attachRadiusM)) m (nearest \(beyond)): placed by its km post"))
            }
        }
        guard let first = waypoints.first, first.stop == 0, let last = waypoints.last, last.stop == stops.count - 1 else {
            throw TrackBuildError("the first and last stations must lie within \(Int(options.attachRadiusM)) m of a way; the track must start and end at them")
        }

        let router = SectionRouter(graph: graph)
        var path = TrackPath(start: first.attachment.geo, station: stops[0].name)
        var heading: XY?
        var previousEdges: Set<Int> = []
        var reversals: [String] = []
        var current = first
        var next = 1
        while next < waypoints.count {
            let target = waypoints[next]
            let expectedM = (stops[target.stop].chainageKm - stops[current.stop].chainageKm) * 1000
            var section = router.route(from: current.attachment, heading: heading, to: target.attachment, expectedM: expectedM)
            // A train may reverse at a station (e.g. where two lines enter one end of a junction station), going
            // back over at most `maxRetraceM` of the track it came on; never elsewhere.
            if heading != nil, section?.usesConnector ?? true,
               let turned = router.route(from: current.attachment, heading: nil, to: target.attachment, expectedM: expectedM),
               section == nil || !turned.usesConnector,
               turned.retracedLength(over: previousEdges, graph: graph, from: current.attachment.xy) <= options.maxRetraceM {
                section = turned
                reports[current.stop].note = "the path reverses here (both lines enter the station from the same side)"
                reversals.append(stops[current.stop].name)
            }
            if section == nil, next < waypoints.count - 1 {
                reports[target.stop].onPath = false
                reports[target.stop].note = "not reachable along the track from \(stops[current.stop].name) without reversing: placed by its km post"
                next += 1
                continue
            }
            let steps = section?.steps ?? [SectionRouter.Step(xy: target.attachment.xy, geo: target.attachment.geo, via: .connector)]
            for step in steps {
                let (source, layer, structure) = describe(step.via, graph: graph)
                path.append(step.geo, source: source, layer: layer, structure: structure)
            }
            path.markStation(stops[target.stop].name)
            heading = section?.departure ?? unit(from: current.attachment.xy, to: target.attachment.xy)
            previousEdges = section?.edges ?? []
            current = target
            next += 1
        }
        return BuiltTrack(vertices: path.vertices, stations: reports, reversals: reversals, wayCount: ways.count,
                          nodeCount: graph.geo.count, joinCount: graph.joins.count)
    }

    private static func describe(_ via: SectionRouter.Via, graph: TrackGraph) -> (String, Int?, TrackStructureKind?) {
        guard case .edge(let e) = via, let w = graph.edges[e].way else { return (TrackVertex.connectorSource, nil, nil) }
        let way = graph.ways[w]
        return (way.id, way.layer, way.structure)
    }
}

/// Settings of the track build.
public struct TrackBuildOptions: Sendable {
    /// Way ends closer than this (m) to another way's vertex are joined (a connector).
    public var joinToleranceM = 2.0
    /// A station farther than this (m) from every way is not a stop of the path; it is placed by its km post.
    public var attachRadiusM = 1_000.0
    /// How far (m) to look for the nearest track when reporting a station's distance.
    public var reportRadiusM = 5_000.0
    /// The longest stretch (m) a path may run back over after reversing at a station.
    public var maxRetraceM = 1_200.0

    /// The defaults: 2 m joins, 1 km attachment, 5 km report radius, 1.2 km retrace at a reversal.
    public init() {}
}

/// A station given to the builder, in route order.
public struct TrackStop: Sendable {
    /// The station's name (written in track.csv's `station` column where it is attached).
    public var name: String
    /// Its chainage from the km posts (km), used to judge detours.
    public var chainageKm: Double
    /// Its published coordinate; nil when it has none (placed later by its km post).
    public var position: GeoPoint?

    /// A stop with its name, chainage and (optional) coordinate.
    public init(name: String, chainageKm: Double, position: GeoPoint?) {
        self.name = name
        self.chainageKm = chainageKm
        self.position = position
    }
}

/// A problem that stops the track build.
public struct TrackBuildError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, in plain words.
    public var description: String
    init(_ description: String) { self.description = description }
}
