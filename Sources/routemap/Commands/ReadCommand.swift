import ArgumentParser
import ArticleReading
import Foundation
import TextFormats
import GeoEngines

/// `routemap read ARTICLE…`: location clues read out of news text, for review.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read location clues out of news reports (English, with Urdu names) into an incident file for review.",
        discussion: """
        Rules over the route's own names (stations and their spellings, areas, tunnels, provinces): tunnel \
        numbers and names, "in a tunnel", terrain, between/near/outside/outer signal, distances, km posts, \
        departure and attack times, the province. Every clue carries its evidence (file, sentence, offsets \
        in Unicode code points, rule) and a weight; names that are not the place (route endpoints, \
        descriptions, hospitals) are listed under ignored with the reason. Several files are several \
        reports of one incident. The JSON output is an incident file: place it with `routemap place` or \
        use `--text` on place, distances, export and render.
        Exit codes: 0 read (even when nothing was found: see warnings), 2 a file cannot be read or is not UTF-8.
        Example: routemap read report.txt --format json > incident.json
        """)

    @Argument(help: "Article text files (UTF-8); - for stdin.")
    var articles: [String]

    @OptionGroup var route: RouteOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !articles.isEmpty else { throw ValidationError("give at least one article file (- for stdin)") }
    }

    func run() throws {
        let texts = try articles.map(ArticleFiles.read)
        let reader = ArticleReader(route: try route.route(engines: WorkerEngines()))
        let report = reader.read(texts)
        switch output.format {
        case .json: CommandOutput.write(try JSONText.render(.object(ArticlePresenter.json(report)), pretty: true) + "\n")
        case .table: CommandOutput.write(ArticlePresenter.text(report))
        case .csv: throw CommandFailure.usage("--format csv: read writes an incident file (json) or a readable listing (table), not a table of rows")
        }
    }
}

/// Article files for `read` and `--text`: UTF-8 text, `-` for stdin; anything else is a usage error (exit 2).
enum ArticleFiles {
    static func read(_ path: String) throws -> ArticleText {
        let data = try InputFiles.data(path, label: path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure.usage("\(path): is not UTF-8 text; save the article as UTF-8")
        }
        return ArticleText(file: path, text: text)
    }
}
