/// A clue refused outright rather than set aside: its input cannot be right (a coordinate far off the
/// line). The incident is not placed, so a mistake is not published as a place.
public struct ClueRefusedError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The incident's id.
    public var incidentID: String
    /// The clue's 0-based index in the incident.
    public var clue: Int
    /// The clue in short form, e.g. `at 29.66,67.63 ±500 m`.
    public var summary: String
    /// Why it is refused, in plain words.
    public var message: String

    /// A refusal of clue `clue` of incident `incidentID`.
    public init(incidentID: String, clue: Int, summary: String, message: String) {
        self.incidentID = incidentID
        self.clue = clue
        self.summary = summary
        self.message = message
    }

    /// `clues[i] (summary): message`, the form batch maps back to the clue's column.
    public var clueProblem: String { "clues[\(clue)] (\(summary)): \(message)" }

    /// `incident ID: clues[i] (summary): message`.
    public var description: String { "incident \(incidentID): \(clueProblem)" }
}
