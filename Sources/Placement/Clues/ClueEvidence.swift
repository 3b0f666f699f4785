/// Where in a text a clue was read: the file, the sentence, the character offsets of the words that
/// gave it, and the rule that fired. Written by `routemap read` so a reviewer can check every clue.
public struct ClueEvidence: Sendable, Equatable {
    /// The file the text came from (`-` for standard input).
    public var file: String
    /// The whole sentence holding the statement.
    public var sentence: String
    /// Offset of the statement's first character in the file's text (Unicode characters, 0-based).
    public var start: Int
    /// Offset just past the statement's last character.
    public var end: Int
    /// The rule that read it, e.g. `tunnel-number`.
    public var rule: String
    /// Offset of the sentence's first character in the file's text, when known.
    public var sentenceStart: Int?

    /// Evidence from its parts.
    public init(file: String, sentence: String, start: Int, end: Int, rule: String, sentenceStart: Int? = nil) {
        self.file = file
        self.sentence = sentence
        self.start = start
        self.end = end
        self.rule = rule
        self.sentenceStart = sentenceStart
    }
}
