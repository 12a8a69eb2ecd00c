/// A Graphviz layout engine.
///
/// `dot` draws hierarchies (supplier pyramids) and cluster boxes; `neato` and `sfdp` are spring
/// layouts for small and large graphs (sfdp is the multilevel one for thousands of nodes); `fdp`
/// is a spring layout that keeps clusters in boxes; `circo` places nodes on circles.
///
/// sfdp in Graphviz 2.43 ignores clusters (it computes no boxes for them), so linkage diagrams
/// give sfdp no cluster boxes and nodes carry their cluster's colour instead.
public enum LayoutEngine: String, Sendable, CaseIterable {
    case dot, neato, fdp, sfdp, circo

    /// The engine used when none is asked for: readable at the size of the drawing.
    ///
    /// ```swift
    /// LayoutEngine.suggested(nodeCount: 30, hasClusters: true)    // .dot
    /// LayoutEngine.suggested(nodeCount: 5_000, hasClusters: true) // .sfdp
    /// ```
    public static func suggested(nodeCount: Int, hasClusters: Bool) -> LayoutEngine {
        if nodeCount > 300 { return .sfdp }
        return hasClusters ? .dot : .neato
    }

    /// Whether diagrams draw cluster boxes for this engine (see the type's discussion).
    var drawsClusterBoxes: Bool { self != .sfdp }
}
