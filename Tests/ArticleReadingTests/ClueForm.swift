import Placement

/// A clue in the `--clue` form, for comparing what the reader found with what a test expects.
enum ClueForm {
    static func text(_ clue: Clue) -> String {
        func km(_ v: Double) -> String {
            let r = (v * 1000).rounded() / 1000
            return r == r.rounded() ? String(Int(r)) : String(r)
        }
        switch clue.kind {
        case .tunnel(let t): return "tunnel=\(t)"
        case .between(let a, let b): return "between=\(a),\(b)"
        case .distanceFrom(let p, let k, let by): return "distance_from=\(p):\(km(k)):\(by.rawValue)"
        case .area(let a): return "area=\(a)"
        case .near(let p, let w): return "near=\(p)" + (w.map { ":\(km($0))" } ?? "")
        case .kmPost(let post, let line): return "km_post=\(line):\(km(post))"
        case .chainage(let k): return "chainage_km=\(km(k))"
        case .at(let lon, let lat, let a): return "at=\(lon),\(lat):\(km(a))"
        case .terrain(let t): return "terrain=\(t)"
        case .province(let p): return "province=\(p)"
        case .elapsed(let p, let d, let i): return "elapsed=\(p)@\(Clue.clock(d)),\(Clue.clock(i))"
        }
    }
}
