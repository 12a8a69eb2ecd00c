/// What writing a graph does when a graph of that name exists.
public enum WriteMode: Sendable, Hashable {
    /// Fail with ``StoreError/graphExists(_:)`` when the name is taken.
    case create
    /// Delete the existing graph (nodes, links, saved results) and write the new one.
    case replace
    /// Add nodes and links to the existing graph (creating it when absent). A link already
    /// stored with the same source, target and kind gets the new weight added to its weight.
    case append
}
