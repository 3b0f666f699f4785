import RouteModel

/// The modelling choices used to read clues. Each is an assumption, stated in the output.
public struct PlacementOptions: Sendable, Equatable {
    /// Road distance over straight-line distance. Road ≥ straight, so the lower end is 1; the upper
    /// end 2.0 allows for mountain roads (the N-65 runs about 1.45× the straight line from Quetta to
    /// Sibi) plus an off-road last stretch to a site away from the road. An assumption.
    public var roadDetour: ClosedRange<Double> = 1.0...2.0
    /// Relative tolerance of a stated rail or straight-line distance (±2 %).
    public var distanceTolerance: Double = 0.02
    /// A coordinate farther than this from the modelled line (km) draws a warning.
    public var offsetWarningKm: Double = 2
    /// A coordinate farther than this from the line is refused (`ClueRefusedError`), not placed.
    public var offsetLimit = OffsetLimit()
    /// Resolution of the distance-band search along the line, metres.
    public var bandResolutionM: Double = 10

    /// The defaults above.
    public init() {}
}
