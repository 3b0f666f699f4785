/// A clue set aside because it disagrees with the others, and why.
public struct Conflict: Sendable, Equatable {
    /// The clue's index in the incident (0-based).
    public var clue: Int
    /// Plain words: what the clue says, where the others agree, and how far apart.
    public var reason: String
}

/// The outcome of combining clue readings: where the kept clues agree, and which were set aside.
struct Combination {
    /// Where every kept clue agrees (never empty).
    var chainages: ChainageSet
    /// Indices of the clues that constrain the result.
    var used: [Int]
    /// Indices of the clues set aside so that the rest agree.
    var removed: [Int]
    /// Other sets of clues whose removal would do equally well, if any.
    var alternatives: [[Int]]
}

/// Combines clue readings by weighted intersection.
///
/// If all constraining clues (readable, weight > 0) share a chainage, the result is their intersection.
/// Otherwise some must go. A set of clues agrees exactly when some chainage p lies in all of them, and
/// the cheapest removal that makes the rest agree at p is "every clue not containing p". So the search
/// runs over the cells of the chainage axis cut at every interval end (the ends themselves and one
/// point inside each gap between ends) and keeps the removal with the least total weight, then the
/// fewest clues. This is exact for any number of clues (no exhaustive subset search is needed).
enum ClueCombiner {
    static func combine(_ readings: [ClueReading]) -> Combination? {
        let active = readings.filter(\.constrains)
        guard !active.isEmpty else { return nil }
        let ends = Set(active.flatMap { $0.chainages!.pieces.flatMap { [$0.lowerBound, $0.upperBound] } }).sorted()
        let candidates = ends + zip(ends, ends.dropFirst()).map { ($0 + $1) / 2 }

        var best: (weight: Double, removed: [Int])?
        var alternatives: [[Int]] = []
        for p in candidates {
            let removed = active.filter { !$0.chainages!.contains(p) }.map(\.index)
            let weight = removed.reduce(0.0) { sum, i in sum + readings.first { $0.index == i }!.clue.weight }
            if let current = best {
                let order = compare((weight, removed.count), (current.weight, current.removed.count))
                if order > 0 || removed == current.removed { continue }
                if order == 0 {
                    if !alternatives.contains(removed) { alternatives.append(removed) }
                    continue
                }
                alternatives = []
            }
            best = (weight, removed)
        }
        // Cells with no active clue at all cannot win (they remove everything), so `best` keeps something
        // whenever any clue allows some chainage.
        let removed = best?.removed ?? active.map(\.index)
        let kept = active.filter { !removed.contains($0.index) }
        guard !kept.isEmpty else { return nil }
        let chainages = kept.dropFirst().reduce(kept[0].chainages!) { $0.intersection($1.chainages!) }
        return Combination(chainages: chainages, used: kept.map(\.index), removed: removed, alternatives: alternatives)
    }

    /// -1, 0 or 1 comparing (weight, count) pairs, weights equal within 1e-9.
    private static func compare(_ a: (Double, Int), _ b: (Double, Int)) -> Int {
        if abs(a.0 - b.0) > 1e-9 { return a.0 < b.0 ? -1 : 1 }
        return a.1 == b.1 ? 0 : (a.1 < b.1 ? -1 : 1)
    }
}
