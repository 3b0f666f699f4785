import GeoEngines

/// A square-cell index of planar points for "what lies within r metres" queries.
struct NodeGrid {
    private let cellSize: Double
    private var cells: [Cell: [Int]] = [:]

    struct Cell: Hashable {
        var i: Int
        var j: Int
    }

    /// Indexes points[k] under k.
    init(_ points: [XY], cellSize: Double) {
        self.cellSize = cellSize
        for (k, p) in points.enumerated() { cells[cell(p), default: []].append(k) }
    }

    /// Indexes items that each cover a planar box (e.g. segments), under their index.
    init(boxes: [(min: XY, max: XY)], cellSize: Double) {
        self.cellSize = cellSize
        for (k, box) in boxes.enumerated() {
            let lo = cell(box.min), hi = cell(box.max)
            for i in lo.i...hi.i { for j in lo.j...hi.j { cells[Cell(i: i, j: j), default: []].append(k) } }
        }
    }

    private func cell(_ p: XY) -> Cell {
        Cell(i: Int((p.x / cellSize).rounded(.down)), j: Int((p.y / cellSize).rounded(.down)))
    }

    /// Indexed items in the cells touching the square of half-side `r` around `p` (a superset of those within r).
    func candidates(near p: XY, within r: Double) -> [Int] {
        let lo = cell(XY(p.x - r, p.y - r)), hi = cell(XY(p.x + r, p.y + r))
        var result: [Int] = []
        for i in lo.i...hi.i { for j in lo.j...hi.j { result += cells[Cell(i: i, j: j)] ?? [] } }
        return result
    }
}

extension NodeGrid {
    /// Points within `r` of `p`, for a grid built from `points`.
    func nodes(near p: XY, within r: Double, points: [XY]) -> [Int] {
        candidates(near: p, within: r).filter { points[$0].distance(to: p) <= r }
    }
}
