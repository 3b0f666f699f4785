import TextFormats
/// RFC 7946 rules for a single position, shared by the writer, reader and validator.
enum PositionRules {
    static let longitudeRange = -180.0...180.0
    static let latitudeRange = -90.0...90.0

    /// Which number of a position broke a rule.
    enum Member: Int {
        case longitude = 0, latitude = 1, altitude = 2

        var name: String {
            switch self {
            case .longitude: "longitude"
            case .latitude: "latitude"
            case .altitude: "altitude"
            }
        }
    }

    /// A broken rule: which number, and a sentence saying what was expected and what was found.
    struct Violation: Error, Equatable {
        let member: Member
        /// NaN or infinity, as opposed to a finite number out of range.
        let isNonFinite: Bool
        let message: String
    }

    /// The first broken rule of a position, or `nil` when it is a valid WGS 84 position.
    static func violation(longitude: Double, latitude: Double, altitude: Double?) -> Violation? {
        if !longitude.isFinite {
            return Violation(member: .longitude, isNonFinite: true, message: "expected a finite number for longitude, got \(longitude)")
        }
        if !latitude.isFinite {
            return Violation(member: .latitude, isNonFinite: true, message: "expected a finite number for latitude, got \(latitude)")
        }
        if let altitude, !altitude.isFinite {
            return Violation(member: .altitude, isNonFinite: true, message: "expected a finite number for altitude, got \(altitude)")
        }
        if !latitudeRange.contains(latitude) {
            var message = "expected a number for latitude in [-90, 90], got \(PropertyNumberFormat.text(latitude))"
            if latitudeRange.contains(longitude) && longitudeRange.contains(latitude) {
                message += "; looks like [lat, lon]; GeoJSON positions are [lon, lat]"
            }
            return Violation(member: .latitude, isNonFinite: false, message: message)
        }
        if !longitudeRange.contains(longitude) {
            return Violation(member: .longitude, isNonFinite: false,
                             message: "expected a number for longitude in [-180, 180], got \(PropertyNumberFormat.text(longitude))")
        }
        return nil
    }

    static func violation(of position: Position) -> Violation? {
        violation(longitude: position.longitude, latitude: position.latitude, altitude: position.altitude)
    }
}
