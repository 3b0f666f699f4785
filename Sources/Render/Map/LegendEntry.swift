import GeoJSON

/// One row of a map legend: a label and the swatches (polygon, line, point) drawn for it.
///
/// Features are grouped by their `legend` property (routemap's own hint: "hospital", "tunnel, position
/// uncertain"…), or by their layer's name when they have none, so every colour a layer draws can have its
/// own row. Each row shows, per shape kind, the style of the first feature of that group drawing it.
/// Both the SVG map and the HTML page (WebMap) draw their legends from these rows.
public struct LegendEntry: Sendable, Equatable {
    /// How one swatch is drawn, from the simplestyle properties of the first feature of its row.
    public struct Swatch: Sendable, Equatable {
        /// Polygon, line or point.
        public var shape: ShapeKind
        /// `#rrggbb` stroke colour (polygons, lines).
        public var stroke: String
        /// Stroke width, pixels.
        public var strokeWidth: Double
        /// Stroke opacity, 0…1.
        public var strokeOpacity: Double
        /// `#rrggbb` fill colour (polygons).
        public var fill: String
        /// Fill opacity, 0…1.
        public var fillOpacity: Double
        /// `#rrggbb` marker colour (points).
        public var markerColor: String
        /// Marker radius, pixels (small 4, medium 6, large 9).
        public var markerRadius: Double
    }

    /// The layer the row belongs to.
    public var layer: String
    /// The row's text: the features' `legend` property, or the layer name.
    public var label: String
    /// One swatch per shape kind drawn, polygon first, then line, then point.
    public var swatches: [Swatch]

    /// The legend rows of `layers`, in layer order, then in order of first appearance.
    public static func entries(for layers: [(name: String, collection: FeatureCollection)]) -> [LegendEntry] {
        var rows: [LegendEntry] = []
        for layer in layers {
            var index: [String: Int] = [:]
            for feature in layer.collection.features {
                guard let geometry = feature.geometry else { continue }
                let label = feature.properties["legend"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 } ?? layer.name
                let row = index[label] ?? {
                    rows.append(LegendEntry(layer: layer.name, label: label, swatches: []))
                    index[label] = rows.count - 1
                    return rows.count - 1
                }()
                let style = FeatureStyle(feature.properties)
                for kind in geometry.kinds where !rows[row].swatches.contains(where: { $0.shape == kind }) {
                    rows[row].swatches.append(Swatch(shape: kind, style: style))
                }
            }
        }
        for i in rows.indices { rows[i].swatches.sort { $0.shape.drawingOrder < $1.shape.drawingOrder } }
        return rows
    }
}

extension LegendEntry.Swatch {
    init(shape: ShapeKind, style: FeatureStyle) {
        self.init(shape: shape, stroke: style.stroke, strokeWidth: style.strokeWidth, strokeOpacity: style.strokeOpacity,
                  fill: style.fill, fillOpacity: style.fillOpacity, markerColor: style.markerColor, markerRadius: style.markerRadius)
    }
}

/// The kinds of shape a geometry draws, for legend swatches.
public enum ShapeKind: String, Sendable, Hashable {
    case point, line, polygon

    /// Polygons under lines under points.
    var drawingOrder: Int {
        switch self {
        case .polygon: 0
        case .line: 1
        case .point: 2
        }
    }
}

extension Geometry {
    /// The shape kinds this geometry draws, in polygon–line–point order.
    var kinds: [ShapeKind] {
        switch self {
        case .point, .multiPoint: [.point]
        case .lineString, .multiLineString: [.line]
        case .polygon, .multiPolygon: [.polygon]
        case .geometryCollection(let members):
            [ShapeKind.polygon, .line, .point].filter { kind in members.contains { $0.kinds.contains(kind) } }
        }
    }
}
