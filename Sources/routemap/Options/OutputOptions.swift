import ArgumentParser

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// A readable table (default).
    case table
    /// JSON, with the field names of the CLI contract (JSON Lines when reading stdin).
    case json
    /// CSV (RFC 4180) with a header row, for the commands whose result is a table.
    case csv
}

/// `--format table|json|csv` (`-f`).
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "Output format: table, json or csv (csv: stations, distances, summary).")
    var format: OutputFormat = .table
}
