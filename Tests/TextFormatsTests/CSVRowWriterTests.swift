import Testing
import GeoJSON
import TextFormats
import FileOutput

@Suite struct CSVRowWriterTests {
    @Test func quotesOnlyWhenNeededAndTrimsNumbers() throws {
        let sink = InMemorySink()
        let writer = CSVRowWriter(sink: sink)
        writer.field("id"); writer.field("note"); writer.field("km")
        try writer.endRow()
        writer.field("a,1"); writer.field("say \"hi\""); writer.field(125.500, decimals: 3)
        try writer.endRow()
        writer.field("plain"); writer.emptyField(); writer.field(-0.0001, decimals: 3)
        try writer.endRow()
        writer.field("x"); writer.field(Double.nan, decimals: 3); writer.field(1e6, decimals: 1)
        try writer.endRow()
        try writer.finish()
        #expect(sink.text == "id,note,km\n\"a,1\",\"say \"\"hi\"\"\",125.5\nplain,,0\nx,,1000000\n")
    }
}
