import GeoEngines
import RouteModel

/// Places incidents on one route and measures distances to its relief points. Owned by one worker:
/// it holds that worker's engines (GEOS for areas, PROJ for snapping), so it is not `Sendable`.
public final class IncidentPlacer {
    /// The route incidents are placed on.
    public let route: Route
    /// The modelling choices used to read clues.
    public let options: PlacementOptions
    let reader: ClueReader

    /// A placer for `route` using `engines` (which must stay on this worker).
    public init(route: Route, engines: WorkerEngines, options: PlacementOptions = PlacementOptions()) throws {
        self.route = route
        self.options = options
        reader = try ClueReader(route: route, engines: engines, options: options)
    }

    /// Reads every clue of `incident` and returns where they agree.
    /// - Throws: `PlacementError` when no clue can be read onto the route; GEOS/PROJ errors.
    public func place(_ incident: Incident) throws -> Placement {
        let readings: [ClueReading]
        do {
            readings = try incident.clues.enumerated().map { try reader.read($1, index: $0) }
        } catch var refused as ClueRefusedError {
            refused.incidentID = incident.id
            throw refused
        }
        var warnings = readings.flatMap(\.warnings)
        guard let combination = ClueCombiner.combine(readings) else {
            let conflicts = readings.filter { $0.chainages != nil }.map { "\($0.clue.summary): \($0.basis)" }
            throw PlacementError(incidentID: incident.id, problems: warnings + conflicts)
        }
        let agreed = combination.chainages
        var conflicts = combination.removed.map { i in
            Conflict(clue: i, reason: ConflictReason.text(for: readings[i], agreed: agreed, route: route))
        }
        for r in readings where r.clue.weight == 0 {
            if let own = r.chainages, own.intersection(agreed).isEmpty {
                conflicts.append(Conflict(clue: r.index, reason: ConflictReason.text(for: r, agreed: agreed, route: route)))
            } else {
                warnings.append("clues[\(r.index)] (\(r.clue.summary)) has weight 0: reported, not used to place")
            }
        }
        conflicts.sort { $0.clue < $1.clue }
        for alternative in combination.alternatives {
            warnings.append("setting aside clues \(alternative.map { "[\($0)]" }.joined(separator: ", ")) instead of \(combination.removed.map { "[\($0)]" }.joined(separator: ", ")) would reconcile the clues equally well (same total weight and count)")
        }
        if agreed.pieces.count > 1 {
            warnings.append("the clues allow \(agreed.pieces.count) separate stretches: \(agreed)")
        }

        let interval = agreed.hull!
        let (best, basis) = bestChainage(agreed, readings: readings, used: combination.used)
        let lower = bound(interval.lowerBound, isLower: true, readings: readings, used: combination.used)
        let upper = bound(interval.upperBound, isLower: false, readings: readings, used: combination.used)
        let tolerance = max(0, lower)...min(route.lengthKm, upper)
        let position = route.position(atChainage: best)
        return Placement(incident: incident, readings: readings, chainages: agreed, interval: interval,
                         chainageKm: best, chainageBasis: basis, tolerance: tolerance,
                         uncertaintyKm: max(best - tolerance.lowerBound, tolerance.upperBound - best),
                         position: position,
                         stationBefore: .init(name: position.stationBefore.name, chainageKm: position.stationBefore.chainageKm,
                                              alongTrackKm: best - position.stationBefore.chainageKm),
                         stationAfter: .init(name: position.stationAfter.name, chainageKm: position.stationAfter.chainageKm,
                                             alongTrackKm: position.stationAfter.chainageKm - best),
                         used: combination.used, conflicts: conflicts, warnings: warnings)
    }

    /// A used coordinate clue's snap inside the agreed set, else the centre (of the longest piece if
    /// the centre of the whole falls in a gap).
    private func bestChainage(_ agreed: ChainageSet, readings: [ClueReading], used: [Int]) -> (Double, String) {
        for i in used {
            if let snap = readings[i].snap, agreed.contains(snap.chainageKm) {
                return (snap.chainageKm, "the snapped coordinate of clues[\(i)]")
            }
        }
        let hull = agreed.hull!
        let centre = (hull.lowerBound + hull.upperBound) / 2
        if agreed.contains(centre) { return (centre, "the centre of the interval") }
        let longest = agreed.pieces.max { $0.upperBound - $0.lowerBound < $1.upperBound - $1.lowerBound }!
        return ((longest.lowerBound + longest.upperBound) / 2, "the centre of the longest of the allowed stretches")
    }

    /// An end of the agreed interval widened by the post rounding unless a clue that sets it is
    /// already rounded (km post, chainage) or it is the end of the route.
    private func bound(_ km: Double, isLower: Bool, readings: [ClueReading], used: [Int]) -> Double {
        if km <= 0 || km >= route.lengthKm { return km }
        let setters = used.map { readings[$0] }.filter { r in
            r.chainages!.pieces.contains { abs((isLower ? $0.lowerBound : $0.upperBound) - km) < 1e-9 }
        }
        let rounded = setters.contains(where: \.includesPostRounding)
        let widen = rounded ? 0 : route.postRoundingKm
        return isLower ? km - widen : km + widen
    }
}
