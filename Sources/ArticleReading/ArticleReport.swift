import Placement

/// One text to read: where it came from and what it says.
public struct ArticleText: Sendable {
    /// The file name (`-` for standard input), used in evidence.
    public var file: String
    /// The text.
    public var text: String

    /// A text from its file name and contents.
    public init(file: String, text: String) {
        self.file = file
        self.text = text
    }
}

/// A place name the reader saw but did not turn into a clue, and why.
public struct IgnoredName: Sendable, Equatable {
    /// The name as written.
    public var name: String
    /// Why it was not used, e.g. "route endpoint: 'on its way from Quetta to Peshawar'".
    public var reason: String
    /// Where it was seen.
    public var evidence: ClueEvidence
}

/// What the reader found in one or more reports of one incident: the incident with its clues (each
/// with its evidence), the names it set aside, and anything the reviewer should check.
public struct ArticleReport: Sendable {
    /// The incident in the incident-file form, ready to place or edit.
    public var incident: Incident
    /// Names seen and not used, with the reason.
    public var ignored: [IgnoredName]
    /// Things to check: another train named, ambiguous names, times that did not combine.
    public var warnings: [String]
}
