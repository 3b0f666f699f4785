import ArgumentParser
import Foundation
import GeoJSON
import RouteModel
import TextFormats

/// `routemap validate FILE...`: RFC 7946 checks of any GeoJSON file, every problem with its JSON path.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check GeoJSON files against RFC 7946 and print every problem with its JSON path.",
        discussion: """
        Example: routemap validate out/*.geojson
        Reads a GeoJSON document, an RFC 8142 text sequence or newline-delimited GeoJSON (detected from the \
        text); '-' reads stdin. Prints 'FILE: PATH: problem' for each problem, or 'FILE: valid'.
        Checks: JSON syntax (no duplicate member names, numbers of at most 100 characters, nesting of at \
        most 512 levels), object types and members, positions (numbers, lon/lat ranges), LineStrings with \
        2+ positions, closed rings of 4+ positions enclosing an area (3+ distinct positions, not collinear), \
        winding (exteriors counter-clockwise, holes clockwise), bbox form and extent, no crs, RFC 8142 \
        record framing.
        Exit codes: 0 all valid, 1 a problem found, 2 a file cannot be read.
        """)

    @Argument(help: ArgumentHelp("GeoJSON files to check ('-' for stdin).", valueName: "file"))
    var files: [String]

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("expected one or more files") }
    }

    func run() throws {
        var reports: [JSONValue] = []
        var lines: [String] = []
        var unreadable: [String] = []
        var invalid = false
        for file in files {
            if file != "-", let problem = FileProblem.unreadable(file) {
                unreadable.append("\(file): \(problem)")
                continue
            }
            let data: Data
            do {
                data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                unreadable.append("\(file): cannot be read: \(FileProblem.reason(error))")
                continue
            }
            let problems = GeoJSONValidator.validate(data)
            invalid = invalid || !problems.isEmpty
            lines += problems.isEmpty ? ["\(file): valid"] : problems.map { "\(file): \($0.path.isEmpty ? "(document)" : $0.path): \($0.message)" }
            reports.append(["file": .string(file), "valid": .bool(problems.isEmpty),
                            "problems": .array(problems.map { ["path": .string($0.path), "message": .string($0.message)] })])
        }
        switch output.format {
        case .json:
            CommandOutput.write(try JSONText.render(.object(["files": .array(reports)]), pretty: true) + "\n")
        case .table:
            if !lines.isEmpty { CommandOutput.write(lines.joined(separator: "\n") + "\n") }
        case .csv:
            // One row per problem (a valid file: one row with empty path and message).
            CommandOutput.write(CSVOutputTable(objects: reports.compactMap(\.objectValue).flatMap { report -> [JSONObject] in
                let problems = report["problems"]?.arrayValue?.compactMap(\.objectValue) ?? []
                let rows: [JSONObject] = problems.isEmpty ? [["path": "", "message": ""]] : problems
                return rows.map { ["file": report["file"]!, "valid": report["valid"]!, "path": $0["path"]!, "message": $0["message"]!] }
            }).rendered)
        }
        if !unreadable.isEmpty {
            FileHandle.standardError.write(Data(unreadable.map { "routemap: \($0)\n" }.joined().utf8))
            throw ExitCode(2)
        }
        if invalid { throw ExitCode(1) }
    }
}
