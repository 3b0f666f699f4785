import RouteModel
import Foundation
import Testing
@testable import Batch

@Suite struct PointReaderTests {
    func file(_ name: String, _ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("routemap-\(UUID().uuidString)-\(name)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func csvWithBOMQuotesCRLFAndBadRows() throws {
        let path = try file("p.csv", "\u{FEFF}id,name,lat,lon\r\na,\"Sibi, junction\",29.5475664,67.8697687\r\nb,x,abc,67\r\nc,y,95,67\r\n,z,30,67\r\n")
        let reader = try PointReader(path: path)
        let chunk = try #require(try reader.next(limit: 100))
        #expect(chunk.records == [PointRecord(line: 2, id: "a", lon: 67.8697687, lat: 29.5475664, extra: .fields(["Sibi, junction"])),
                                 PointRecord(line: 5, id: "5", lon: 67, lat: 30, extra: .fields(["z"]))])
        #expect(chunk.problems.map(\.description) == ["\(path):3 field 'lat': 'abc' is not a number", "\(path):4 field 'lat': 95.0 is outside [-90, 90]"])
        #expect(try reader.next(limit: 100) == nil)
    }

    @Test func chunksHonourTheLimit() throws {
        let rows = (0..<25).map { "\($0),67.\($0),29.5" }.joined(separator: "\n")
        let reader = try PointReader(path: try file("p.csv", "id,lon,lat\n" + rows))
        var sizes: [Int] = []
        while let chunk = try reader.next(limit: 10) { sizes.append(chunk.records.count) }
        #expect(sizes == [10, 10, 5])
    }

    @Test func geojsonSequenceWithRecordSeparators() throws {
        let rs = "\u{1E}"
        let text = rs + #"{"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[67.73,29.56]},"properties":{}}"# + "\n"
            + rs + #"{"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]},"properties":{"id":"x"}}"# + "\n"
            + #"{"type":"Point","coordinates":[68,28]}"# + "\n" + "{bad json\n"
        let reader = try PointReader(path: try file("p.geojsons", text))
        let chunk = try #require(try reader.next(limit: 10))
        #expect(chunk.records.map(\.id) == ["7", "3"])
        #expect(chunk.problems.count == 2)
        #expect(chunk.problems[0].line == 2 && chunk.problems[0].field == "geometry")
        #expect(chunk.problems[1].line == 4 && chunk.problems[1].message.contains("invalid JSON"))
    }

    @Test func aHeaderWithoutCoordinatesIsUnusableInput() throws {
        let reader = try PointReader(path: try file("p.csv", "name,value\na,1\n"))
        #expect(throws: InputFileError.self) { _ = try reader.next(limit: 10) }
        #expect(throws: InputFileError.self) { _ = try PointReader(path: "/nonexistent/points.csv") }
    }
}
