/// Places point labels without overlaps: each label tries four spots around its point (right, left,
/// above, below) and is skipped when all of them overlap a label already placed, a marker or a
/// reserved area (legend, title, scale bar). Callers offer labels in priority order.
struct LabelPlacer {
    /// A label to place next to a point marker.
    struct Request {
        var text: String
        var x: Double
        var y: Double
        var markerRadius: Double
    }

    static let fontSize = 12.0

    private let frame: PixelRect
    private var occupied: [PixelRect]
    private(set) var placed: [SVGElement] = []

    /// `frame` is where labels may go; `reserved` areas and `markers` are kept clear.
    init(frame: PixelRect, reserved: [PixelRect], markers: [PixelRect]) {
        self.frame = frame
        occupied = reserved + markers
    }

    /// Places the label if one of its spots is free; returns whether it was placed.
    @discardableResult
    mutating func place(_ request: Request) -> Bool {
        let width = TextMetrics.width(request.text, fontSize: Self.fontSize)
        let height = Self.fontSize * 1.1
        let gap = request.markerRadius + 3
        let spots: [(x: Double, y: Double, anchor: String, box: PixelRect)] = [
            (request.x + gap, request.y + height * 0.35, "start",
             PixelRect(x: request.x + gap, y: request.y - height / 2, width: width, height: height)),
            (request.x - gap, request.y + height * 0.35, "end",
             PixelRect(x: request.x - gap - width, y: request.y - height / 2, width: width, height: height)),
            (request.x, request.y - gap - height * 0.25, "middle",
             PixelRect(x: request.x - width / 2, y: request.y - gap - height, width: width, height: height)),
            (request.x, request.y + gap + height * 0.8, "middle",
             PixelRect(x: request.x - width / 2, y: request.y + gap, width: width, height: height)),
        ]
        let ownMarker = PixelRect(x: request.x - request.markerRadius, y: request.y - request.markerRadius,
                                  width: 2 * request.markerRadius, height: 2 * request.markerRadius)
        for spot in spots where isInside(spot.box) {
            guard !occupied.contains(where: { $0 != ownMarker && $0.intersects(spot.box) }) else { continue }
            occupied.append(spot.box)
            placed.append(SVGElement("text", [
                "class": "label", "x": PixelNumber.text(spot.x), "y": PixelNumber.text(spot.y),
                "text-anchor": spot.anchor,
            ], text: request.text))
            return true
        }
        return false
    }

    private func isInside(_ box: PixelRect) -> Bool {
        box.x >= frame.x && box.maxX <= frame.maxX && box.y >= frame.y && box.maxY <= frame.maxY
    }
}
