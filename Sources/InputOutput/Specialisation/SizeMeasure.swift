/// The sector attribute that measures size in location quotients and stars.
public enum SizeMeasure: String, Sendable, CaseIterable {
    case output
    case wages
    case valueAdded = "value_added"
    case employment

    /// The node attribute holding it (the names `import io` uses).
    public var attribute: String { rawValue }
}
