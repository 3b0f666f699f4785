import ArgumentParser

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// A readable table (default).
    case table
    /// JSON, with the field names of the CLI contract.
    case json
}

/// `--format table|json`.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table or json.")
    var format: OutputFormat = .table
}
