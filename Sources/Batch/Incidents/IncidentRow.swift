import Placement

/// One input row of a batch: the incident read from it, or why it could not be read.
public struct IncidentRow: Sendable {
    /// 1-based position of the row among the input's incidents (a CSV header is not counted; for
    /// GeoJSON, the feature's position in `features` plus one).
    public var row: Int
    /// The id as given (may be empty or unsafe as a file name; see `FolderNames`).
    public var id: String
    /// The incident, when every field of the row could be read.
    public var incident: Incident?
    /// For each clue of `incident`, the input field it came from (a CSV column such as `between_a`,
    /// or `clues[2]` for JSON), to name the field of a placement problem.
    public var clueFields: [String]
    /// Why the row cannot be used: one entry per bad field. Non-empty exactly when `incident` is nil.
    public var problems: [RowProblem]

    /// A row read into an incident.
    public init(row: Int, incident: Incident, clueFields: [String]) {
        self.row = row
        id = incident.id
        self.incident = incident
        self.clueFields = clueFields
        problems = []
    }

    /// A row that cannot be used.
    public init(row: Int, id: String, problems: [RowProblem]) {
        precondition(!problems.isEmpty, "a failed row names at least one problem")
        self.row = row
        self.id = id
        incident = nil
        clueFields = []
        self.problems = problems
    }

    /// The field a placement message about `clues[i]` refers to.
    func field(forProblem message: String) -> String {
        guard message.hasPrefix("clues["), let close = message.firstIndex(of: "]"),
              let index = Int(message[message.index(message.startIndex, offsetBy: 6)..<close]), clueFields.indices.contains(index) else {
            return "clues"
        }
        return clueFields[index]
    }
}

/// A field of a row that cannot be used, and why.
public struct RowProblem: Sendable, Equatable {
    /// The column (CSV), JSON path (JSON Lines) or property (GeoJSON); `clues` for the row as a whole.
    public var field: String
    /// What is wrong, in plain words.
    public var message: String

    /// A problem with `field`, described by `message`.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}
