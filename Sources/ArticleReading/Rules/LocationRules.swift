import Foundation
import Placement
import RouteModel

/// Rules for statements of the incident's place: tunnels, km posts, distances, between, near, in,
/// terrain and province. The weight says how direct the statement is (README: "Reading articles").
extension SentenceReading {
    private static let tunnelNumber = regex(#"\btunnel\s*(?:no\.?|number|num\.?|#)?\s*(\d{1,3})\b(?!\s*(?:km|kilomet|miles|metres|meters|m\b|hours|minutes|people|passengers|coaches|bogies))"#)
    private static let urduTunnelNumber = regex(#"سرنگ\s*(?:نمبر)?\s*(\d{1,3})"#)
    private static let namedTunnel = regex(#"^\s*(?:tunnel|سرنگ)\b"#)
    private static let anyTunnel = regex(#"\b(?:in|inside|into|within|near|at|through|entering|entered|from|outside)\s+(?:a|the|one of the|one of several|an?\s+\w+)\s+tunnels?\b|\btunnel\b|سرنگ"#)
    private static let kmPost = regex(#"\b(?:km|kilometre|kilometer)[\s\-]*(?:no\.?|number|post|marker|stone)?[\s\-]*(\d{1,4}(?:\.\d+)?)\b(?!\s*(?:km|kilomet|miles|from|of|away))|\b(?:kilometre|kilometer|km)\s+(?:post|marker|stone)\s+(?:no\.?\s*)?(\d{1,4}(?:\.\d+)?)"#)
    private static let distance = regex(#"\b(\d{1,4}(?:\.\d+)?)\s*(?:-\s*)?(km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)\b\s*(?:\([^)]*\)\s*)?(?:(?:to\s+the\s+)?(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern|wards?)?\s+)?(?:of|from|away from|short of|before|after|past)\s+"#)
    private static let byRail = regex(#"\b(?:by rail|on the track|along the track|along the (?:railway |rail )?line|along the railway track|by train|rail distance|railway line from|down the line|up the line)\b"#)
    private static let byRoad = regex(#"\bby road\b|\bdrive\b|\bdriving\b"#)
    private static let between = regex(#"\bbetween\s+"#)
    private static let and = regex(#"^\s*(?:and|&)\s+"#)
    private static let near = regex(#"\b(near|nearby|close to|outside|on the outskirts of|in the vicinity of|not far from|short of|just before|just after|just past|at the outer signal of|the outer signal of|outer signal of)\s+"#)
    private static let outerAfter = regex(#"^(?:'s|’s)?\s+outer signal"#)
    private static let urduNear = regex(#"^\s*(?:کے\s*)?(?:قریب|نزدیک)"#)
    private static let inPlace = regex(#"\b(in|at|inside|into|of)\s+"#)
    private static let areaAfter = regex(#"^\s*(?:area|region|valley|pass|district|station|town|section|belt|sector)\b"#)
    /// Words after a station's name that make it an area around the station ("the Mashkaf area").
    private static let wideWords: Set<String> = ["area", "region", "valley", "section", "belt", "sector"]
    /// How far "the X area" reaches from station X along the line, km (a modelling choice).
    static let areaRadiusKm = 10.0
    private static let terrain = regex(#"\b(mountainous|hilly|mountain|rugged|remote mountainous|hills?|mountains)\b\s*(area|region|terrain|stretch|section|belt|pass|valley|range|tract|country)?|\bin the (mountains|hills)\b"#)
    private static let compass = regex(#"\b(south-?western|south-?west|southwest|north-?western|north-?west|northwest)\s+pakistan\b"#)

    /// Tunnels: numbered ("Tunnel No. 8"), named ("the Mushkaf tunnel") or any ("in a tunnel").
    mutating func readTunnels() {
        var specific = false
        for m in matches(Self.tunnelNumber) + matches(Self.urduTunnelNumber) {
            guard let n = group(m, 1) else { continue }
            add(.tunnel(String(Int(n) ?? 0)), weight: 1, range: m.range, rule: "tunnel-number")
            specific = true
        }
        for i in mentions.indices where !used.contains(i) {
            let after = rest(from: NSMaxRange(mentions[i].range))
            guard let t = Self.namedTunnel.firstMatch(in: sentence.text, range: after) else { continue }
            let range = NSRange(location: mentions[i].range.location, length: NSMaxRange(t.range) - mentions[i].range.location)
            guard let tunnel = tunnelNamed(after: i) else {
                warnings.append("\(file): '\(sentence.substring(range))' names a tunnel this route's data does not have; read as 'in a tunnel' near \(mentions[i].surface)")
                continue
            }
            used.insert(i)
            add(.tunnel(tunnel.name), weight: 1, range: range, rule: "tunnel-named", note: matchNote(i))
            specific = true
        }
        if !specific, let m = matches(Self.anyTunnel).first {
            add(.tunnel("any"), weight: 0.8, range: m.range, rule: "in-a-tunnel")
        }
    }

    /// The route's tunnel "<mention> tunnel" names: a tunnel whose name is the mention's place + "tunnel".
    private func tunnelNamed(after i: Int) -> Tunnel? {
        guard let target = mentions[i].match.target else { return nil }
        if case .tunnel(let id) = target { return route.tunnels.first { $0.id == id } }
        let key = SpellingKey(target.name)
        return route.tunnels.first { t in
            let words = t.name.split(separator: " ").filter { $0.lowercased() != "tunnel" }
            return SpellingKey(words.joined(separator: " ")) == key
        }
    }

    /// "km 265", "KM No. 265", "kilometre post 265": a km post on the line of the places the text names.
    mutating func readKmPosts(lines: [String]) {
        for m in matches(Self.kmPost) {
            guard let text = group(m, 1) ?? group(m, 2), let post = Double(text) else { continue }
            let candidates = lines.filter { !route.chainages(atPost: post, line: $0).isEmpty }
            let all = route.document.lines.map(\.id).filter { !route.chainages(atPost: post, line: $0).isEmpty }
            guard let line = candidates.first ?? (all.count == 1 ? all[0] : nil) else {
                warnings.append("\(file): '\(sentence.substring(m.range))' is a km post, but the text names no place that says which line (\(all.joined(separator: ", ")) all have one): add a km_post clue by hand")
                continue
            }
            add(.kmPost(post: post, line: line), weight: 1, range: m.range, rule: "km-post",
                note: candidates.isEmpty ? "line \(line): the only line of the route with this post" : "line \(line): the line of the places the text names")
        }
    }

    /// "30 km south of Sibi", "10 miles from Mach by rail".
    mutating func readDistances() {
        for m in matches(Self.distance) {
            guard let a = mention(at: NSMaxRange(m.range)), let place = pointName(a), let value = group(m, 1).flatMap(Double.init) else { continue }
            let unit = group(m, 2)!.lowercased()
            let km = unit.hasPrefix("mi") ? value * 1.609344 : value
            let mode: DistanceMode
            let note: String
            if Self.byRail.firstMatch(in: sentence.text, range: rest(from: 0)) != nil { mode = .rail; note = "stated along the track" }
            else if Self.byRoad.firstMatch(in: sentence.text, range: rest(from: 0)) != nil { mode = .road; note = "stated by road" }
            else if group(m, 3) != nil { mode = .straight; note = "a compass direction is given: read as a straight-line distance" }
            else { mode = .road; note = "how it was measured is not stated: read as by road, the widest reading" }
            used.insert(a)
            add(.distanceFrom(place: place, km: (km * 1000).rounded() / 1000, by: mode), weight: mode == .rail ? 0.7 : 0.5,
                range: span(m.range, through: a), rule: "distance", note: [note, matchNote(a)].compactMap { $0 }.joined(separator: "; "))
        }
    }

    /// "between Pehro Kunri and Gudalar".
    mutating func readBetween() {
        for m in matches(Self.between) {
            guard let a = mention(at: NSMaxRange(m.range)), let first = pointName(a) else { continue }
            let after = rest(from: NSMaxRange(mentions[a].range))
            guard let joint = Self.and.firstMatch(in: sentence.text, range: after), let b = mention(at: NSMaxRange(joint.range)),
                  let second = pointName(b) else {
                continue
            }
            used.formUnion([a, b])
            add(.between(first, second), weight: 0.9, range: span(m.range, through: b), rule: "between",
                note: [matchNote(a), matchNote(b)].compactMap { $0 }.joined(separator: "; ").nilIfEmpty)
        }
    }

    /// "near Sibi", "close to Mach", "at the outer signal of Sibi", "Sibi's outer signal", Urdu "… کے قریب".
    mutating func readNear() {
        for m in matches(Self.near) {
            guard let a = mention(at: NSMaxRange(m.range)) else { continue }
            let outer = group(m, 1)!.lowercased().contains("outer signal")
                || Self.outerAfter.firstMatch(in: sentence.text, range: rest(from: NSMaxRange(mentions[a].range))) != nil
            placeClue(a, range: span(m.range, through: a), rule: outer ? "outer-signal" : "near", stationWeight: 0.8,
                      withinKm: outer ? 1 : nil, note: outer ? "outer signal: about 1 km from the station" : nil)
        }
        for i in mentions.indices where !used.contains(i) {
            if let t = Self.urduNear.firstMatch(in: sentence.text, range: rest(from: NSMaxRange(mentions[i].range))) {
                placeClue(i, range: NSRange(location: mentions[i].range.location, length: NSMaxRange(t.range) - mentions[i].range.location),
                          rule: "near", stationWeight: 0.8, withinKm: nil, note: nil)
            } else if Self.outerAfter.firstMatch(in: sentence.text, range: rest(from: NSMaxRange(mentions[i].range))) != nil {
                placeClue(i, range: NSRange(location: mentions[i].range.location, length: mentions[i].range.length + 16),
                          rule: "outer-signal", stationWeight: 0.8, withinKm: 1, note: "outer signal: about 1 km from the station")
            }
        }
    }

    /// "in the Bolan Pass", "at Mach", "in Balochistan", "the Mashkaf area".
    mutating func readIn() {
        for m in matches(Self.inPlace) {
            guard let a = mention(at: NSMaxRange(m.range)) else { continue }
            let word = group(m, 1)!.lowercased()
            let areaWord = Self.areaAfter.firstMatch(in: sentence.text, range: rest(from: NSMaxRange(mentions[a].range)))
            if word == "of" && areaWord == nil && pointName(a) != nil { continue }
            let end = areaWord.map { NSMaxRange($0.range) } ?? NSMaxRange(mentions[a].range)
            placeClue(a, range: NSRange(location: m.range.location, length: end - m.range.location), rule: "in-place", stationWeight: 0.5,
                      withinKm: areaWord.flatMap { Self.wideWords.contains(sentence.substring($0.range).trimmingCharacters(in: .whitespaces).lowercased()) ? Self.areaRadiusKm : nil },
                      note: areaWord == nil ? nil : "'\(mentions[a].surface) \(sentence.substring(areaWord!.range).trimmingCharacters(in: .whitespaces))': within \(Int(Self.areaRadiusKm)) km of the station")
        }
        for i in mentions.indices where !used.contains(i) {
            guard let areaWord = Self.areaAfter.firstMatch(in: sentence.text, range: rest(from: NSMaxRange(mentions[i].range))) else { continue }
            let wide = Self.wideWords.contains(sentence.substring(areaWord.range).trimmingCharacters(in: .whitespaces).lowercased())
            placeClue(i, range: NSRange(location: mentions[i].range.location, length: NSMaxRange(areaWord.range) - mentions[i].range.location),
                      rule: "in-place", stationWeight: 0.5, withinKm: wide ? Self.areaRadiusKm : nil,
                      note: wide ? "'\(mentions[i].surface) area': within \(Int(Self.areaRadiusKm)) km of the station" : nil)
        }
    }

    /// "a mountainous area", "in the hills".
    mutating func readTerrain() {
        if let m = matches(Self.terrain).first {
            add(.terrain("mountainous"), weight: 0.6, range: m.range, rule: "terrain")
        }
    }

    /// "southwestern Pakistan" → Balochistan; "northwestern Pakistan" → Khyber Pakhtunkhwa.
    mutating func readCompassRegion() {
        for m in matches(Self.compass) {
            let province = group(m, 1)!.lowercased().contains("south") ? "Balochistan" : "Khyber Pakhtunkhwa"
            guard route.gazetteer.adminAreas.contains(where: { $0.admin1 == province }) else { continue }
            add(.province(province), weight: 0.3, range: m.range, rule: "region", note: "'\(sentence.substring(m.range))' read as \(province)")
        }
    }

    /// The clue a place mention gives by its kind: a station → near, an area → area, a tunnel → tunnel,
    /// a province or district → province.
    private mutating func placeClue(_ a: Int, range: NSRange, rule: String, stationWeight: Double, withinKm: Double?, note: String?) {
        guard let target = mentions[a].match.target else {
            ignore(a, "ambiguous name: \(mentions[a].match.note ?? "")")
            return
        }
        used.insert(a)
        let notes = [note, matchNote(a)].compactMap { $0 }.joined(separator: "; ").nilIfEmpty
        switch target {
        case .station(let name), .shapePoint(let name):
            add(.near(place: name, withinKm: withinKm), weight: stationWeight, range: range, rule: rule, note: notes)
        case .area(let name):
            add(.area(name), weight: 0.7, range: range, rule: rule, note: notes)
        case .tunnel:
            let tunnel = route.tunnels.first { $0.id == target.name }
            add(.tunnel(tunnel?.name ?? target.name), weight: 1, range: range, rule: "tunnel-named", note: notes)
        case .province(let name), .district(let name):
            add(.province(name), weight: 0.4, range: range, rule: rule, note: notes)
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
