import ArgumentParser
import Foundation
import GeoEngines

/// Parsers for compound argument values, with errors that name the argument and the expected form.
enum ArgumentValues {
    /// "LON,LAT" in range.
    static func point(_ text: String, name: String) throws -> GeoPoint {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let lon = parts[0], let lat = parts[1] else {
            throw ValidationError("\(name): '\(text)' is not LON,LAT (two numbers, longitude first, e.g. 67.73,29.56)")
        }
        do {
            return try GeoPoint.validated(lon: lon, lat: lat)
        } catch {
            throw ValidationError("\(name): \(error)")
        }
    }

    /// "FROM,TO" chainage km, FROM < TO.
    static func range(_ text: String, name: String) throws -> ClosedRange<Double> {
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let a = parts[0], let b = parts[1], a.isFinite, b.isFinite, a < b else {
            throw ValidationError("\(name): '\(text)' is not FROM,TO (two chainages in km, FROM < TO)")
        }
        return a...b
    }
}
