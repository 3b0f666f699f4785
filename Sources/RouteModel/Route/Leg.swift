/// A stretch of the route on one line, between two stations, where that line's km posts run
/// linearly (up or down) with chainage. Chainage is continuous across legs; km posts jump.
public struct Leg: Sendable, Hashable {
    /// Line id, e.g. `ML-1`.
    public var line: String
    /// The line's full name.
    public var lineName: String
    /// The station where the leg starts (nearer the route's origin).
    public var fromStation: String
    /// The station where the leg ends.
    public var toStation: String
    /// That line's km post at `fromStation`, km.
    public var fromPostKm: Double
    /// That line's km post at `toStation`, km; posts may count down or up along the leg.
    public var toPostKm: Double
    /// Chainage (km from the route's origin) where the leg starts and ends.
    public var startKm: Double
    /// Chainage (km from the route's origin) where the leg ends: `startKm` + |`toPostKm` − `fromPostKm`|.
    public var endKm: Double

    /// Whether `chainageKm` lies on this leg (ends included).
    public func contains(chainageKm: Double) -> Bool {
        chainageKm >= startKm - 1e-9 && chainageKm <= endKm + 1e-9
    }

    /// The line's km post at a chainage on this leg.
    public func kmPost(atChainage chainageKm: Double) -> Double {
        fromPostKm + direction * (chainageKm - startKm)
    }

    /// The chainage at a km post of this leg's line.
    public func chainage(atPost post: Double) -> Double {
        startKm + (post - fromPostKm) * direction
    }

    /// Whether the leg's posts cover `post` (ends included).
    public func coversPost(_ post: Double) -> Bool {
        post >= min(fromPostKm, toPostKm) - 1e-9 && post <= max(fromPostKm, toPostKm) + 1e-9
    }

    private var direction: Double { toPostKm >= fromPostKm ? 1 : -1 }

    /// The legs of `document`, placed on the chainage axis by their first station, checked for
    /// continuity: each leg must end at the station where the next begins, at that station's chainage.
    static func build(_ document: RouteDocument, stations: [Station]) throws(InputFileError) -> [Leg] {
        let chainage = Dictionary(stations.map { ($0.name, $0.chainageKm) }, uniquingKeysWith: { a, _ in a })
        let names = Dictionary(document.lines.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var legs: [Leg] = []
        for (i, doc) in document.legs.enumerated() {
            guard let start = chainage[doc.fromStation] else {
                throw InputFileError(file: "route.json", field: "legs[\(i)].from_station", "'\(doc.fromStation)' is not a station in stations.csv")
            }
            guard let end = chainage[doc.toStation] else {
                throw InputFileError(file: "route.json", field: "legs[\(i)].to_station", "'\(doc.toStation)' is not a station in stations.csv")
            }
            let length = abs(doc.toPostKm - doc.fromPostKm)
            guard abs(start + length - end) < 1e-6 else {
                throw InputFileError(file: "route.json", field: "legs[\(i)]",
                                   "posts \(doc.fromPostKm)→\(doc.toPostKm) give \(length) km, but stations.csv puts \(doc.fromStation) at \(start) and \(doc.toStation) at \(end)")
            }
            if let previous = legs.last, previous.toStation != doc.fromStation {
                throw InputFileError(file: "route.json", field: "legs[\(i)].from_station",
                                   "'\(doc.fromStation)' must be where the previous leg ends ('\(previous.toStation)')")
            }
            legs.append(Leg(line: doc.line, lineName: names[doc.line] ?? doc.line, fromStation: doc.fromStation,
                            toStation: doc.toStation, fromPostKm: doc.fromPostKm, toPostKm: doc.toPostKm,
                            startKm: start, endKm: end))
        }
        guard legs.first?.startKm == 0, legs.last?.endKm == stations.last?.chainageKm else {
            throw InputFileError(file: "route.json", field: "legs", "must run from the first station to the last")
        }
        return legs
    }
}
