/// What a data check looks at: the parsed GeoData and the modelled line built from it.
public struct DataCheckInput: Sendable {
    /// Everything the GeoData folder says, as parsed.
    public let data: RouteData
    /// The calibrated line the route is drawn on.
    public let line: RouteLine

    /// Input for checks over `data` drawn as `line`.
    public init(data: RouteData, line: RouteLine) {
        self.data = data
        self.line = line
    }
}

/// One consistency rule over a route's data (FORMAT.md, "Data checks"). A check returns every place
/// where the data breaks its rule as a `DataWarning` with the figures; it never changes the data.
/// New rules (e.g. track length against km posts) are added by conforming to this protocol and
/// listing the check in `DataChecks.standard`.
public protocol DataCheck: Sendable {
    /// The warnings this rule finds in `input`, in route order.
    func warnings(_ input: DataCheckInput) -> [DataWarning]
}

/// The data checks every route gets when it is built.
public enum DataChecks {
    /// The standard checks, in the order their warnings are listed for the same stretch.
    public static let standard: [any DataCheck] = [ChordRatioCheck(), StationBehindCheck(), MisplacedStationCheck(), TrackLengthCheck(), StationFarFromTrackCheck()]

    /// Runs `checks` and lists their warnings by chainage (then by check order).
    public static func run(_ checks: [any DataCheck] = standard, on input: DataCheckInput) -> [DataWarning] {
        let found = checks.enumerated().flatMap { i, check in check.warnings(input).map { (i, $0) } }
        return found.sorted { a, b in
            let ka = a.1.fromKm ?? -1, kb = b.1.fromKm ?? -1
            return ka != kb ? ka < kb : a.0 < b.0
        }.map(\.1)
    }
}
