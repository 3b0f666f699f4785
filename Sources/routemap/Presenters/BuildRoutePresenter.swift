import GeoJSON
import TextFormats
import TrackBuilding

/// Prints a track build: the path's size, every connector with its length, and the stations that are
/// far from the track or not on the path.
struct BuildRoutePresenter {
    let track: BuiltTrack
    let buildSeconds: Double
    let folder: String
    /// Stations farther than this from the track are listed.
    static let farM = 300.0

    func emit(_ format: OutputFormat) throws {
        let connectors = track.connectors
        let stations = track.stations.filter { !$0.onPath || ($0.distanceM ?? .infinity) > Self.farM || !$0.note.isEmpty }
        switch format {
        case .json:
            try CommandOutput.emit(.json, json: json(connectors), table: TextTable(header: [], rows: []))
        case .table:
            var text = TextTable.fields([
                ("folder", folder),
                ("vertices", String(track.vertices.count)),
                ("length_km", Format.km(track.lengthM / 1000)),
                ("ways", String(track.wayCount)),
                ("graph_nodes", String(track.nodeCount)),
                ("joins", String(track.joinCount)),
                ("connectors", "\(connectors.count), \(Format.km(connectors.reduce(0) { $0 + $1.lengthM } / 1000)) km"),
                ("reverses_at", track.reversals.isEmpty ? "none" : track.reversals.joined(separator: ", ")),
                ("build_seconds", Format.fixed(buildSeconds, 2)),
            ]).rendered + "\n"
            if !connectors.isEmpty {
                text += "\nconnectors (straight, not in the ways):\n" + TextTable(header: ["after", "before", "length_m"], rows: connectors.map {
                    [$0.afterStation, $0.beforeStation, Format.fixed($0.lengthM, 0)]
                }).rendered + "\n"
            }
            if !stations.isEmpty {
                text += "\nstations off the path or more than \(Int(Self.farM)) m from the track:\n" + TextTable(header: ["station", "to_track_m", "on_path", "note"], rows: stations.map {
                    [$0.name, Format.optional($0.distanceM, 0), $0.onPath ? "yes" : "no", $0.note]
                }).rendered + "\n"
            }
            CommandOutput.write(text)
        case .csv:
            throw CommandFailure.usage("--format: csv is not available for build-route (use table or json)")
        }
    }

    private func json(_ connectors: [TrackConnector]) -> JSONObject {
        [
            "folder": .string(folder),
            "vertices": .number(Double(track.vertices.count)),
            "length_km": .number(track.lengthM / 1000),
            "ways": .number(Double(track.wayCount)),
            "graph_nodes": .number(Double(track.nodeCount)),
            "joins": .number(Double(track.joinCount)),
            "build_seconds": .number(buildSeconds),
            "reverses_at": .array(track.reversals.map { .string($0) }),
            "connectors": .array(connectors.map { c in
                .object(["after_station": .string(c.afterStation), "before_station": .string(c.beforeStation), "length_m": .number(c.lengthM),
                         "from": .array([.number(c.from.lon), .number(c.from.lat)]), "to": .array([.number(c.to.lon), .number(c.to.lat)])])
            }),
            "stations": .array(track.stations.map { s in
                .object(["name": .string(s.name), "distance_to_track_m": s.distanceM.map { .number($0) } ?? .null,
                         "on_path": .bool(s.onPath), "note": .string(s.note)])
            }),
        ]
    }
}
