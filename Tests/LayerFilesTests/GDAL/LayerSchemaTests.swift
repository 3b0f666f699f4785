@testable import LayerFiles
import GeoEngines
import GeoJSON
import Testing
import TextFormats

@Suite struct LayerSchemaTests {
    func feature(_ properties: JSONObject) -> Feature { Feature(geometry: .point([67, 30]), properties: properties) }

    @Test func columnsAreTypedFromEveryValue() {
        let fields = LayerSchema.fields(of: [
            feature(["seq": 1, "chainage_km": 10, "name": "Quetta", "time": "2025-03-11T13:00:00+05:00", "open": true, "tags": ["a"], "note": nil]),
            feature(["seq": 2, "chainage_km": 20, "name": "Sibi", "time": "2025-03-11T08:00:00Z", "open": false, "tags": ["b"], "note": nil, "late": 1.5]),
        ])
        #expect(fields.map(\.name) == ["seq", "chainage_km", "name", "time", "open", "tags", "late"], "the always-null note is left out")
        #expect(fields.map(\.kind) == [.integer, .real, .text, .dateTime, .boolean, .json, .real])
        #expect(LayerSchema.kind(of: [1, "x"]) == .text, "mixed values fall back to text")
        #expect(LayerSchema.kind(of: ["2025-03-11", "2025-03-12"]) == .text, "a date without a time is text")
    }

    @Test func valuesFollowTheirColumn() {
        #expect(LayerSchema.value(3, as: .integer) == .integer(3))
        #expect(LayerSchema.value(true, as: .boolean) == .integer(1))
        #expect(LayerSchema.value(["a", 1], as: .json) == .text(#"["a",1]"#))
        #expect(LayerSchema.value(2.5, as: .text) == .text("2.5"))
        #expect(LayerSchema.value(nil, as: .real) == nil)
        #expect(LayerSchema.value("2025-03-11T13:05:30.25+05:30", as: .dateTime)
                == .dateTime(year: 2025, month: 3, day: 11, hour: 13, minute: 5, second: 30.25, offsetMinutes: 330))
    }

    @Test func isoDateTimesNeedATimeAndAnOffset() {
        #expect(ISODateTime("2025-03-11T13:00:00-02:00")?.offsetMinutes == -120)
        #expect(ISODateTime("2025-03-11T13:00Z")?.minute == 0)
        for bad in ["2025-03-11", "2025-03-11T13:00:00", "2025-13-11T13:00:00Z", "2025-03-11T25:00:00Z", "yesterday", "2025-03-11T13:00:00+0500"] {
            #expect(ISODateTime(bad) == nil, "\(bad)")
        }
    }

    @Test func mixedLayersSplitPerGeometryFamilyInQGISOrder() {
        let features = [Feature(geometry: .polygon([[[0, 0], [1, 0], [1, 1], [0, 0]]]), properties: ["a": 1]),
                        Feature(geometry: .lineString([[0, 0], [1, 1]]), properties: ["b": "x"]),
                        Feature(geometry: .point([0, 0, 5]), properties: ["a": 2])]
        let tables = LayerTable.tables(named: "incident", features: features, styles: [nil, "PEN(c:#FF0000FF)", nil], split: true)
        #expect(tables.map(\.name) == ["incident_points", "incident_lines", "incident_polygons"])
        #expect(tables.map(\.geometry) == [GDALGeometryKind(.point, hasZ: true), GDALGeometryKind(.lineString), GDALGeometryKind(.polygon)])
        #expect(tables[1].styles == ["PEN(c:#FF0000FF)"] && tables[1].fields.map(\.name) == ["b"])
        let whole = LayerTable.tables(named: "incident", features: features, styles: [nil, nil, nil], split: false)
        #expect(whole.count == 1 && whole[0].geometry == GDALGeometryKind(.unknown))
    }

    @Test func simplestyleBecomesOGRStyleStrings() {
        #expect(KMLStyle.ogrColour("#d32f2f", opacity: 0.5) == "#D32F2F80")
        #expect(KMLStyle.ogrColour("#abc", opacity: nil) == "#AABBCCFF")
        #expect(KMLStyle.ogrColour("red", opacity: 1) == nil)
        let style = KMLStyle.styleString(["stroke": "#333333", "stroke-width": 3, "stroke-opacity": 1, "fill": "#d32f2f", "fill-opacity": 0.2])
        #expect(style == "PEN(c:#333333FF,w:3px);BRUSH(fc:#D32F2F33)")
        #expect(KMLStyle.styleString(["marker-color": "#1565c0"])?.contains("c:#1565C0FF") == true)
        let kml = KMLStyle.kmlProperties(["name": "Sibi", "title": "Sibi Junction", "time": "2025-03-11T13:00:00+05:00", "kind": "station"])
        #expect(kml.keys == ["name", "description", "timestamp", "kind", "feature_name"])
        #expect(kml["name"] == "Sibi Junction" && kml["feature_name"] == "Sibi")
    }
}
