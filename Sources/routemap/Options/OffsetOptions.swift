import ArgumentParser
import RouteModel

/// `--max-offset-km`: how far from the line a coordinate may lie before it is refused as a usage error
/// (a batch or snap-points row fails instead), with a hint when longitude and latitude look swapped.
struct OffsetOptions: ParsableArguments {
    @Option(name: .customLong("max-offset-km"), parsing: .unconditional,
            help: ArgumentHelp("Refuse coordinates farther than this from the line, km (default 50).", valueName: "km"))
    var maxOffsetKm: Double = OffsetLimit.defaultKm

    func validate() throws {
        guard maxOffsetKm.isFinite, maxOffsetKm > 0 else {
            throw ValidationError("--max-offset-km: \(maxOffsetKm) must be a positive number of km")
        }
    }

    /// The limit the options give.
    var limit: OffsetLimit { OffsetLimit(maxKm: maxOffsetKm) }
}
