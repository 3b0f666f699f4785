import RouteModel

/// Where the parts of a profile chart go, top to bottom: title, ruling-gradient brackets, the plot,
/// chainage ticks, the tunnel strip (one lane per overlap), slanted station names and the caption.
/// The plot takes whatever height the parts below it leave.
struct ProfileLayout {
    static let left = 80.0
    static let right = 30.0
    static let top = 96.0
    static let captionFontSize = 11.0
    static let captionLineHeight = 15.0

    let plot: PixelRect
    let tunnelTop: Double
    let stationLabelTop: Double
    let captionLines: [String]

    /// The horizontal extent of the plot, for laying out tunnel lanes before the height is known.
    static func plotColumn(width: Int) -> (x: Double, width: Double) {
        (left, Double(width) - left - right)
    }

    init(width: Int, height: Int, tunnelLanes: Int, stationDepth: Double, caption: [String]) {
        let column = Self.plotColumn(width: width)
        captionLines = caption.flatMap { TextMetrics.wrap($0, fontSize: Self.captionFontSize, maxWidth: Double(width) - 32) }
        let captionHeight = Double(captionLines.count) * Self.captionLineHeight + 10
        let tunnelHeight = Double(tunnelLanes) * TunnelStrip.laneHeight
        let below = 48 + tunnelHeight + 14 + stationDepth + captionHeight
        let plotHeight = max(Double(height) - Self.top - below, 120)
        plot = PixelRect(x: column.x, y: Self.top, width: column.width, height: plotHeight)
        tunnelTop = plot.maxY + 48
        stationLabelTop = tunnelTop + tunnelHeight + 14
    }

    /// The baseline of caption line `index` (the last line sits 10 px above the bottom edge).
    func captionBaseline(_ index: Int, height: Int) -> Double {
        Double(height) - 10 - Double(captionLines.count - 1 - index) * Self.captionLineHeight
    }
}
