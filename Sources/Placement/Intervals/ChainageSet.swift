import Foundation

/// A set of chainage intervals (km from the route's origin): closed, sorted, disjoint pieces.
///
/// Every clue becomes one of these; placing an incident intersects them. A piece may be a single
/// point (two clues touching at one chainage).
public struct ChainageSet: Sendable, Equatable, CustomStringConvertible {
    /// The pieces in increasing chainage, disjoint and not touching.
    public private(set) var pieces: [ClosedRange<Double>]

    /// The empty set.
    public static let empty = ChainageSet(pieces: [])

    /// The union of `ranges`: sorted, overlapping or touching ranges merged.
    public init(_ ranges: [ClosedRange<Double>]) {
        var merged: [ClosedRange<Double>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        pieces = merged
    }

    private init(pieces: [ClosedRange<Double>]) { self.pieces = pieces }

    /// The single interval `range`.
    public init(_ range: ClosedRange<Double>) { pieces = [range] }

    /// `centre ± radius`, clipped to `bounds`; empty when the centre or radius is not a finite number
    /// or the radius is negative.
    public static func around(_ centre: Double, radius: Double, within bounds: ClosedRange<Double>) -> ChainageSet {
        guard centre.isFinite, radius.isFinite, radius >= 0 else { return .empty }
        return ChainageSet([(centre - radius)...(centre + radius)]).clipped(to: bounds)
    }

    /// Whether no chainage is in the set.
    public var isEmpty: Bool { pieces.isEmpty }

    /// From the first piece's start to the last piece's end; nil when empty.
    public var hull: ClosedRange<Double>? {
        guard let first = pieces.first, let last = pieces.last else { return nil }
        return first.lowerBound...last.upperBound
    }

    /// Total length of the pieces, km.
    public var lengthKm: Double { pieces.reduce(0) { $0 + ($1.upperBound - $1.lowerBound) } }

    /// Whether `km` lies in a piece.
    public func contains(_ km: Double) -> Bool { pieces.contains { $0.contains(km) } }

    /// The chainages in both sets.
    public func intersection(_ other: ChainageSet) -> ChainageSet {
        var result: [ClosedRange<Double>] = []
        var i = 0, j = 0
        while i < pieces.count, j < other.pieces.count {
            let a = pieces[i], b = other.pieces[j]
            let lo = max(a.lowerBound, b.lowerBound), hi = min(a.upperBound, b.upperBound)
            if lo <= hi { result.append(lo...hi) }
            if a.upperBound < b.upperBound { i += 1 } else { j += 1 }
        }
        return ChainageSet(pieces: result)
    }

    /// The part of the set within `bounds`.
    public func clipped(to bounds: ClosedRange<Double>) -> ChainageSet {
        intersection(ChainageSet(pieces: [bounds]))
    }

    /// The shortest distance in km between a point of this set and a point of `other` (0 when they meet).
    public func gap(to other: ChainageSet) -> Double? {
        var best: Double?
        for a in pieces {
            for b in other.pieces {
                let d = max(0, max(a.lowerBound, b.lowerBound) - min(a.upperBound, b.upperBound))
                best = min(best ?? d, d)
            }
        }
        return best
    }

    /// E.g. "115–125 km" or "68–88 km and 101–111 km"; "nowhere on the route" when empty.
    public var description: String {
        guard !pieces.isEmpty else { return "nowhere on the route" }
        let text = pieces.map { r in
            r.lowerBound == r.upperBound ? Self.km(r.lowerBound) : "\(Self.km(r.lowerBound))–\(Self.km(r.upperBound))"
        }
        return text.joined(separator: " and ") + " km"
    }

    /// A chainage for messages: at most one decimal, no trailing ".0"; any finite value (a reporter's
    /// 1e300 km is printed, not converted to an integer that cannot hold it).
    static func km(_ value: Double) -> String {
        guard abs(value) < 1e7 else { return String(format: "%g", value) }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(format: "%.0f", rounded) : String(format: "%.1f", rounded)
    }
}
