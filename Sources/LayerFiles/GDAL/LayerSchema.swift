import GeoEngines
import GeoJSON
import TextFormats

/// Typed columns for GeoJSON properties: a property whose values are all whole numbers is an
/// integer column unless its name ends in a unit (`_km`, `_m`, `_deg`, `_min`, `_per_mille`, `km_post`:
/// a measurement that happens to be whole), all numbers a real column, all ISO 8601 date-times (with a UTC offset) a date-time
/// column, all booleans a boolean column, arrays and objects JSON text, anything else text. Columns
/// keep the order in which properties first appear; a property that is null in every feature of the
/// table (such as `radius_km` of the incident's points, which only cordons have) is left out.
enum LayerSchema {
    static func fields(of features: [Feature]) -> [GDALField] {
        var order: [String] = []
        var values: [String: [JSONValue]] = [:]
        for feature in features {
            for (key, value) in feature.properties.members {
                if values[key] == nil { order.append(key) }
                values[key, default: []].append(value)
            }
        }
        return order.filter { values[$0]!.contains { !$0.isNull } }.map { GDALField(name: $0, kind: kind(of: values[$0]!, name: $0)) }
    }

    /// Name endings of measured quantities, always real columns (`km_post` is a km post, in km).
    static let unitSuffixes = ["_km", "_m", "_deg", "_min", "_per_mille", "km_post"]

    static func kind(of values: [JSONValue], name: String = "") -> GDALFieldKind {
        let present = values.filter { !$0.isNull }
        guard !present.isEmpty else { return .text }
        if present.allSatisfy({ $0.boolValue != nil }) { return .boolean }
        if present.allSatisfy({ $0.numberValue != nil }) {
            let measured = unitSuffixes.contains { name.hasSuffix($0) }
            return !measured && present.allSatisfy { isWholeNumber($0.numberValue!) } ? .integer : .real
        }
        if present.allSatisfy({ $0.stringValue.flatMap(ISODateTime.init) != nil }) { return .dateTime }
        if present.allSatisfy({ $0.arrayValue != nil || $0.objectValue != nil }) { return .json }
        return .text
    }

    /// `value` as a value of a column of `kind`; nil for JSON null.
    static func value(_ value: JSONValue, as kind: GDALFieldKind) -> GDALFieldValue? {
        if value.isNull { return nil }
        switch kind {
        case .integer: return value.numberValue.map { .integer(Int64($0)) }
        case .boolean: return value.boolValue.map { .integer($0 ? 1 : 0) }
        case .real: return value.numberValue.map { .real($0) }
        case .dateTime:
            guard let t = value.stringValue.flatMap(ISODateTime.init) else { return nil }
            return .dateTime(year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second, offsetMinutes: t.offsetMinutes)
        case .text, .json:
            if let text = value.stringValue { return .text(text) }
            return (try? JSONText.render(value)).map { .text($0) }
        }
    }

    private static func isWholeNumber(_ v: Double) -> Bool {
        v == v.rounded(.towardZero) && abs(v) < 9_007_199_254_740_992
    }
}

/// An ISO 8601 date-time with a UTC offset, e.g. `2025-03-11T13:00:00+05:00` or `…Z`; seconds may
/// carry a fraction. Dates without a time or an offset are not date-times here (they stay text).
struct ISODateTime: Equatable {
    var year, month, day, hour, minute: Int
    var second: Double
    var offsetMinutes: Int

    init?(_ text: String) {
        let b = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= b.count, range.allSatisfy({ (48...57).contains(b[$0]) }) else { return nil }
            return range.reduce(0) { $0 * 10 + Int(b[$1] - 48) }
        }
        guard b.count >= 17, let y = number(0..<4), b[4] == 45, let mo = number(5..<7), b[7] == 45, let d = number(8..<10),
              b[10] == 84 || b[10] == 32, let h = number(11..<13), b[13] == 58, let mi = number(14..<16),
              (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60 else { return nil }
        var i = 16
        var second = 0.0
        if i < b.count, b[i] == 58 {
            guard let s = number(17..<19), s < 61 else { return nil }
            second = Double(s)
            i = 19
            if i < b.count, b[i] == 46 {
                var j = i + 1
                while j < b.count, (48...57).contains(b[j]) { j += 1 }
                guard j > i + 1, let fraction = Double("0" + String(decoding: b[i..<j], as: UTF8.self)) else { return nil }
                second += fraction
                i = j
            }
        }
        guard i < b.count else { return nil }
        if b[i] == 90, i == b.count - 1 {
            offsetMinutes = 0
        } else if b[i] == 43 || b[i] == 45, b.count == i + 6, let oh = number(i + 1..<i + 3), b[i + 3] == 58, let om = number(i + 4..<i + 6) {
            offsetMinutes = (b[i] == 45 ? -1 : 1) * (oh * 60 + om)
        } else {
            return nil
        }
        (year, month, day, hour, minute, self.second) = (y, mo, d, h, mi, second)
    }
}
