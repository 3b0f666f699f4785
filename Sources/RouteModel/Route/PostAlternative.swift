/// An alternative km post from another edition of the route diagrams, kept on record.
public struct PostAlternative: Sendable, Hashable {
    public var station: String
    public var line: String
    public var currentKmPost: Double
    public var alternativeKmPost: Double
    public var source: String
    public var notes: String
}
