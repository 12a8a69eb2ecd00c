/// A Graphviz layout engine.
///
/// `dot` draws hierarchies (supplier pyramids) and cluster boxes; `fdp` draws cluster boxes with
/// a spring layout; `neato` and `sfdp` are spring layouts for small and large graphs (sfdp is the
/// multilevel one for thousands of nodes); `circo` places nodes on circles. neato, sfdp and circo
/// ignore cluster boxes, so diagrams also fill each node with its cluster's colour.
public enum LayoutEngine: String, Sendable, CaseIterable {
    case dot, neato, fdp, sfdp, circo

    /// The engine used when none is asked for: readable at the size of the drawing.
    ///
    /// ```swift
    /// LayoutEngine.suggested(nodeCount: 30, hasClusters: true)    // .fdp
    /// LayoutEngine.suggested(nodeCount: 5_000, hasClusters: true) // .sfdp
    /// ```
    public static func suggested(nodeCount: Int, hasClusters: Bool) -> LayoutEngine {
        if nodeCount > 300 { return .sfdp }
        return hasClusters ? .fdp : .neato
    }

    /// Whether the engine runs a force-directed layout (and so takes a seed and overlap removal).
    var isForceDirected: Bool { self == .neato || self == .fdp || self == .sfdp }
}
