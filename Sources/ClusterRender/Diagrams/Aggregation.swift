/// When a linkage diagram draws clusters as single nodes instead of their members.
///
/// ```swift
/// var options = LinkageDiagramOptions()
/// options.aggregation = .always    // an overview: one node per cluster, whatever the size
/// ```
public enum Aggregation: String, Sendable, CaseIterable {
    /// Above ``LinkageDiagramOptions/nodeLimit`` nodes.
    case auto
    /// Never: every node is drawn, however many.
    case never
    /// Whenever clusters are given.
    case always
}
