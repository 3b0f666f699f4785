import GeoEngines

/// Builds a calibrated `Route` from parsed GeoData: orders the vertices, calibrates chainage to the km
/// posts, places stations that have no coordinate, sets up the planar frame and index, builds the
/// area polygons and runs the data checks.
public enum RouteBuilder {
    /// Loads and builds the route in `files`.
    public static func build(_ files: GeoDataFiles, engines: WorkerEngines) throws -> Route {
        try build(try GeoDataLoader.load(files), engines: engines)
    }

    /// Builds the route from already parsed data.
    public static func build(_ data: RouteData, engines: WorkerEngines) throws -> Route {
        let vertices = data.track.map { LineVertices(track: $0, stations: data.stations) }
            ?? LineVertices(data.stations, shapePoints: data.shapePoints)
        let points = vertices.points
        guard points.count >= 2, vertices.controls.first! != nil, vertices.controls.last! != nil else {
            throw InputFileError(file: "stations.csv", "the line must start and end at stations with a coordinate, with shape points only between them")
        }
        var cumulative = [0.0]
        for (a, b) in zip(points, points.dropFirst()) { cumulative.append(cumulative.last! + Geodesic.wgs84.distance(a, b)) }
        let chainage = Calibration.chainage(cumulativeLengthM: cumulative, controls: vertices.controls)

        let lons = points.map(\.lon)
        let meridian = ((lons.min()! + lons.max()!) / 2 * 10).rounded() / 10
        let frame = try engines.proj.transverseMercator(centralMeridian: meridian)
        var xs = lons, ys = points.map(\.lat)
        frame.forwardInPlace(xs: &xs, ys: &ys)
        guard xs.allSatisfy(\.isFinite), ys.allSatisfy(\.isFinite) else {
            throw ProjError(operation: "project the route into its transverse Mercator frame", message: nil)
        }
        let line = RouteLine(points: points, chainageKm: chainage, modelLengthM: cumulative,
                             centralMeridian: meridian, planar: zip(xs, ys).map { XY($0, $1) })

        let stations = data.stations.map { record in
            var s = record.station
            s.position = record.publishedPosition ?? line.point(atChainage: s.chainageKm)
            return s
        }
        let legs = try Leg.build(data.document, stations: stations)
        let areas = try data.areas.map { try AreaPolygons.corridor(for: $0, line: line, frame: frame, geos: engines.geos) }
        return Route(document: data.document, legs: legs, stations: stations, shapePoints: data.shapePoints, line: line,
                     tunnels: data.tunnels, terrain: data.terrain, areas: areas, gradients: data.gradients,
                     reliefPoints: data.reliefPoints, speeds: data.speeds, alternatives: data.alternatives,
                     profile: ElevationProfile(stations: stations, ruling: data.gradients), track: data.track,
                     warnings: data.loadWarnings + DataChecks.run(on: DataCheckInput(data: data, line: line)))
    }
}

/// The vertices of the modelled line in order with their chainage controls: either the track's
/// vertices (controls where a station is attached), or, without a track, stations with a published
/// coordinate (controls) and, between them, the shape points (no chainage of their own).
struct LineVertices {
    var points: [GeoPoint] = []
    var controls: [Double?] = []

    init(track: TrackGeometry, stations: [StationRecord]) {
        points = track.points
        controls = [Double?](repeating: nil, count: points.count)
        for record in stations {
            if let vertex = track.stationVertices[record.station.name] { controls[vertex] = record.station.chainageKm }
        }
    }

    init(_ stations: [StationRecord], shapePoints: [ShapePoint]) {
        let shapesAfter = Dictionary(grouping: shapePoints, by: \.afterStation)
        for record in stations {
            if let p = record.publishedPosition {
                points.append(p)
                controls.append(record.station.chainageKm)
            }
            // Shape points go after their first station, nearest first.
            let anchor = record.publishedPosition
            let shapes = (shapesAfter[record.station.name] ?? []).sorted { a, b in
                guard let anchor else { return a.name < b.name }
                return Geodesic.wgs84.distance(anchor, a.position) < Geodesic.wgs84.distance(anchor, b.position)
            }
            for shape in shapes {
                points.append(shape.position)
                controls.append(nil)
            }
        }
    }
}
