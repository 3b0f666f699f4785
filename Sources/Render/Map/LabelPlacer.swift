/// Places point labels without overlaps: each label tries eight spots around its point (right, left,
/// above, below, then the diagonals) and is skipped when all of them overlap a label already placed,
/// a reserved area (legend, north arrow, scale bar) or the marker of a point at least as important
/// (a label may cover markers of lower `label_priority`). Callers offer labels in priority order.
struct LabelPlacer {
    /// A label to place next to a point marker.
    struct Request {
        var text: String
        var x: Double
        var y: Double
        var markerRadius: Double
        var priority: Double
    }

    /// A point marker labels keep clear of.
    struct Marker {
        var box: PixelRect
        var priority: Double
    }

    static let fontSize = 12.0
    /// Clear space kept between a label and other labels or reserved areas, pixels.
    static let padding = 2.0

    private let frame: PixelRect
    private let markers: [Marker]
    private var occupied: [PixelRect]
    private(set) var placed: [SVGElement] = []

    /// `frame` is where labels may go; `reserved` areas and `markers` are kept clear.
    init(frame: PixelRect, reserved: [PixelRect], markers: [Marker]) {
        self.frame = frame
        self.markers = markers
        occupied = reserved
    }

    /// Places the label if one of its spots is free; returns whether it was placed.
    @discardableResult
    mutating func place(_ request: Request) -> Bool {
        let width = TextMetrics.width(request.text, fontSize: Self.fontSize)
        let height = Self.fontSize * 1.1
        let gap = request.markerRadius + 3, diagonal = request.markerRadius * 0.7 + 2
        let (x, y) = (request.x, request.y)
        // (left edge, top edge) of each candidate box, in order of preference.
        let corners: [(Double, Double)] = [
            (x + gap, y - height / 2), (x - gap - width, y - height / 2),
            (x - width / 2, y - gap - height), (x - width / 2, y + gap),
            (x + diagonal, y - diagonal - height), (x + diagonal, y + diagonal),
            (x - diagonal - width, y - diagonal - height), (x - diagonal - width, y + diagonal),
        ]
        let own = PixelRect(x: x - request.markerRadius, y: y - request.markerRadius,
                            width: 2 * request.markerRadius, height: 2 * request.markerRadius)
        for (left, top) in corners {
            let box = PixelRect(x: left, y: top, width: width, height: height)
            let padded = box.insetBy(-Self.padding)
            guard isInside(box), !occupied.contains(where: { $0.intersects(padded) }),
                  !markers.contains(where: { $0.priority >= request.priority && $0.box != own && $0.box.intersects(box) })
            else { continue }
            occupied.append(box)
            placed.append(SVGElement("text", [
                "class": "label", "x": PixelNumber.text(left), "y": PixelNumber.text(top + height * 0.82),
            ], text: request.text))
            return true
        }
        return false
    }

    private func isInside(_ box: PixelRect) -> Bool {
        box.x >= frame.x && box.maxX <= frame.maxX && box.y >= frame.y && box.maxY <= frame.maxY
    }
}
