import GeoJSON
import Testing
import TextFormats

@Suite struct JSONObjectTests {
    @Test func subscriptReplacesInPlaceAndAppendMovesToTheEnd() {
        var object: JSONObject = ["name": "Sibi", "chainage_km": 141.0, "stop": true]
        object["chainage_km"] = 141.5
        #expect(object.keys == ["name", "chainage_km", "stop"])
        object.append("name", "Sibi Jn")
        #expect(object.keys == ["chainage_km", "stop", "name"])
        object["platforms"] = 2
        object["stop"] = nil
        #expect(object.keys == ["chainage_km", "name", "platforms"])
        #expect(object["name"] == "Sibi Jn")
    }

    @Test func repeatedLiteralKeyKeepsItsLastValueAtItsFirstPlace() {
        let object = JSONObject([("a", 1), ("b", 2), ("a", 3)])
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == 3)
    }

    @Test func equalityIgnoresOrder() {
        #expect(JSONObject([("a", 1), ("b", 2)]) == JSONObject([("b", 2), ("a", 1)]))
        #expect(JSONObject([("a", 1)]) != JSONObject([("a", 2)]))
    }
}
