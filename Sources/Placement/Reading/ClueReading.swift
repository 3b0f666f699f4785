import RouteModel

/// What one clue says about the incident's chainage, read against the route.
public struct ClueReading: Sendable {
    /// The clue's position in the incident's `clues` (0-based, as in the file's JSON paths).
    public var index: Int
    /// The clue as given.
    public var clue: Clue
    /// The chainages the clue allows, nil when it cannot be read (an unknown name or line). An empty
    /// set means the clue was read but allows no place on this route.
    public var chainages: ChainageSet?
    /// Whether the interval ends already include the km posts' rounding (km post and chainage clues).
    public var includesPostRounding: Bool
    /// How the interval was obtained, in plain words (places and their chainages, assumptions).
    public var basis: String
    /// Problems met reading the clue (unknown names with suggestions, uncertain tunnels, far coordinates).
    public var warnings: [String]
    /// For an `at` clue: the coordinate's snap to the line.
    public var snap: SnapResult?

    /// Whether the clue can take part in placing (readable and weight above zero).
    public var constrains: Bool { chainages != nil && clue.weight > 0 }
}
