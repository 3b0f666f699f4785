import IncidentPipeline
import Layers
import Placement
import RouteModel
import WebMap

/// The title and information panel of `routemap map`'s page.
enum MapPagePresenter {
    static func title(route: Route, incident: IncidentLayerInput?) -> String {
        if let incident { return incident.title.isEmpty ? incident.id : incident.title }
        return "\(route.document.name): \(route.document.from) – \(route.document.to)"
    }

    static func facts(route: Route, placed: PlacedIncident?) -> [WebMapPage.Fact] {
        let routeFact = WebMapPage.Fact("Route", "\(route.document.name), \(route.document.from) – \(route.document.to) (\(Format.fixed(route.lengthKm, 0)) km)")
        guard let placed else { return [routeFact] }
        let p = placed.placement, i = placed.layerInput
        var facts = [
            WebMapPage.Fact("Incident", i.id),
            WebMapPage.Fact("Date", i.time ?? "not given"),
            WebMapPage.Fact("Best point", "chainage \(Format.km(i.chainageKm)) km (\(i.line) km \(Format.fixed(i.kmPost, 1))); \(Format.fixed(i.point.lon, 6)), \(Format.fixed(i.point.lat, 6))"),
            WebMapPage.Fact("Interval", "\(Format.fixed(i.interval.lowerBound, 1)) – \(Format.fixed(i.interval.upperBound, 1)) km from \(route.document.from), ±\(Format.fixed(i.uncertaintyKm, 1)) km with post rounding"),
            WebMapPage.Fact("Between", "\(p.stationBefore.name) – \(p.stationAfter.name)"),
        ]
        for reported in i.reportedPoints {
            facts.append(WebMapPage.Fact("Reported point", "clue \(reported.clue): \(Format.fixed(reported.point.lon, 6)), \(Format.fixed(reported.point.lat, 6)) ±\(Format.fixed(reported.accuracyM, 0)) m" + (reported.used ? "" : " (set aside)")))
        }
        let setAside = p.conflicts.map { "clue \($0.clue): \(p.readings[$0.clue].clue.summary)" }
        facts.append(WebMapPage.Fact("Conflicts", setAside.isEmpty ? "none"
            : "\(setAside.count) clue(s) set aside: " + setAside.joined(separator: "; ") + " (reasons: click the incident)"))
        if let nearest = i.relief.min(by: { $0.alongTrackKm < $1.alongTrackKm }) {
            facts.append(WebMapPage.Fact("Nearest help", "\(nearest.point.name) (\(nearest.point.kind.rawValue.replacingOccurrences(of: "_", with: " "))): \(Format.fixed(nearest.alongTrackKm, 1)) km along the track, \(Format.fixed(nearest.distanceM / 1000, 1)) km straight"))
        }
        facts.append(WebMapPage.Fact("Accuracy", "chainage from whole-km posts (±0.5 km each); the drawn line is approximate between stations"))
        return facts
    }
}
