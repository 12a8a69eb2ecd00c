/// Which links a traversal follows from a node: those leaving it (`out`, the way goods flow:
/// to its customers), those entering it (`in`: to its suppliers) or both. In an undirected
/// graph the three are the same.
public enum TraversalDirection: String, Sendable, CaseIterable {
    case out
    case `in`
    case both
}
