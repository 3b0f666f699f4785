import RouteModel
import Foundation
import Placement
import Testing
@testable import Batch

@Suite struct IncidentReaderTests {
    func rows(_ name: String, _ text: String, limit: Int = 100) throws -> [IncidentRow] {
        let scratch = try ScratchFolder("reader")
        let reader = try IncidentReader(path: try scratch.file(name, text))
        var all: [IncidentRow] = []
        while let chunk = try reader.next(limit: limit) { all += chunk }
        return all
    }

    @Test func csvColumnGroupsBecomeClues() throws {
        let text = "\u{FEFF}ID,Title,lat,lon,line,km_post,between_a,between_b,near,within_km,distance_from,distance_km,distance_by,notes\r\n"
            + "a,\"Sibi, outer signal\",29.55,67.88,ML-3,243,Nuttall,\"Dera Murad Jamali\",Sibi,1,Quetta,157,Road,free text\r\n"
        let row = try #require(try rows("t.csv", text).first)
        #expect(row.id == "a" && row.incident?.title == "Sibi, outer signal")
        #expect(row.incident?.clues.map(\.kind) == [.at(lon: 67.88, lat: 29.55, accuracyM: 0), .kmPost(post: 243, line: "ML-3"),
                                                    .between("Nuttall", "Dera Murad Jamali"), .near(place: "Sibi", withinKm: 1),
                                                    .distanceFrom(place: "Quetta", km: 157, by: .road)])
        #expect(row.clueFields == ["lat", "km_post", "between_a", "near", "distance_from"])
    }

    @Test func badFieldsFailTheRowNamingTheField() throws {
        let text = "id,lat,lon,km_post,line,distance_from,distance_km,distance_by,chainage_km\n"
            + "a,200,67,,,,,,\n" + "b,,67,,,,,,\n" + "c,,,12,,,,,\n" + "d,,,,,Sibi,3,car,\n" + "e,,,,,,,,x\n" + "f,,,,,,,,\n" + "g,,,,,,,,-4\n"
        let r = try rows("t.csv", text)
        #expect(r.map { $0.problems.map(\.field) } == [["lat"], ["lat"], ["line"], ["distance_by"], ["chainage_km"], ["clues"], ["chainage_km"]])
        #expect(r.allSatisfy { $0.incident == nil })
        #expect(r[0].problems[0].message == "200 is outside the valid range -90 … 90")
        #expect(r[1].problems[0].message.contains("lon is given"))
        #expect(r[4].problems[0].message == "'x' is not a number")
        #expect(r.map(\.row) == Array(1...7))
    }

    @Test func chunksHonourTheLimitAndBlankLinesAreNotRows() throws {
        let text = "id,chainage_km\n" + (1...25).map { "r\($0),\($0)" }.joined(separator: "\n\n")
        let scratch = try ScratchFolder("reader")
        let reader = try IncidentReader(path: try scratch.file("t.csv", text))
        var sizes: [Int] = []
        while let chunk = try reader.next(limit: 10) { sizes.append(chunk.count) }
        #expect(sizes == [10, 10, 5])
        #expect(reader.fractionConsumed == 1)
    }

    @Test func jsonLinesByContent() throws {
        let text = #"{"id":"x","clues":[{"tunnel":8}]}"# + "\n\n" + #"{"id":"y","clues":[{"at":[67,300],"accuracy_m":1}]}"# + "\n" + "{oops\n"
        let r = try rows("incidents.txt", text)
        #expect(r.map(\.id) == ["x", "y", ""])
        #expect(r[0].incident?.clues.first?.kind == .tunnel("8") && r[0].clueFields == ["clues[0]"])
        #expect(r[1].problems == [RowProblem(field: "clues[0].at[1]", message: "expected a number from -90 to 90, got 300.0")])
        #expect(r[2].problems.first?.field == "json")
    }

    @Test func geoJSONFeaturesStreamWhateverTheBlockBoundaries() throws {
        let features = (0..<5).map { i in
            #"{"type":"Feature","id":"f\#(i)","geometry":{"type":"Point","coordinates":[67.\#(i),29.5]},"properties":{"title":"a \"quoted\" [x] {y}","accuracy_m":\#(i * 10)}}"#
        }
        let text = #"{"type":"FeatureCollection","bbox":[1,2,3,4],"features":["# + features.joined(separator: ",") + "]}"
        var expected: [[UInt8]] = []
        var whole = FeatureCollectionSplitter(name: "t")
        expected = try whole.feed(Array(text.utf8))
        try whole.finish()
        #expect(expected.count == 5 && expected[0] == Array(features[0].utf8))
        for size in [1, 2, 7, 64] {
            var splitter = FeatureCollectionSplitter(name: "t")
            var got: [[UInt8]] = []
            let bytes = Array(text.utf8)
            for start in stride(from: 0, to: bytes.count, by: size) { got += try splitter.feed(bytes[start..<min(start + size, bytes.count)]) }
            try splitter.finish()
            #expect(got == expected, "block size \(size)")
        }
        let r = try rows("t.geojson", text)
        #expect(r.map(\.id) == ["f0", "f1", "f2", "f3", "f4"])
        #expect(r[2].incident?.clues == [Clue(.at(lon: 67.2, lat: 29.5, accuracyM: 20))])
        #expect(r[0].incident?.title == "a \"quoted\" [x] {y}")
    }

    @Test func unusableInput() throws {
        let scratch = try ScratchFolder("reader")
        for (name, text, words) in [("a.csv", "name,value\n1,2\n", "header"), ("b.csv", "\n\n", "empty"),
                                    ("c.geojson", #"{"type":"Feature","geometry":null}"#, "FeatureCollection"),
                                    ("d.geojson", #"{"type":"FeatureCollection","features":[{"type":"Feature""#, "complete"),
                                    ("e.geojson", "[1,2]", "array")] {
            let reader = try IncidentReader(path: try scratch.file(name, text))
            #expect { try reader.prepare(); while try reader.next(limit: 10) != nil {} } throws: { error in
                (error as? InputFileError)?.message.contains(words) == true
            }
        }
        #expect(throws: InputFileError.self) { _ = try IncidentReader(path: "/nonexistent/incidents.csv") }
    }

    @Test func formatsByNameAndContent() {
        #expect(IncidentInputFormat.forPath("a.CSV") == .csv && IncidentInputFormat.forPath("a.ndjson") == .jsonl)
        #expect(IncidentInputFormat.forPath("a.geojson") == .geojson && IncidentInputFormat.forPath("a.json") == nil)
        #expect(IncidentInputFormat.forFirstLine(ArraySlice(#"{"id":"x","clues":[]}"#.utf8)) == .jsonl)
        #expect(IncidentInputFormat.forFirstLine(ArraySlice(#"{"type":"FeatureCollection","features":[]}"#.utf8)) == .geojson)
        #expect(IncidentInputFormat.forFirstLine(ArraySlice("{".utf8)) == .geojson)
        #expect(IncidentInputFormat.forFirstLine(ArraySlice("id,chainage_km".utf8)) == .csv)
    }
}
