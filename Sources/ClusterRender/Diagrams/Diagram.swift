/// A diagram ready to render: its DOT document, the engine that suits it, and notes for the user
/// (what was hidden or aggregated to keep it readable).
///
/// ```swift
/// let diagram = LinkageDiagram.make(graph: graph, clusters: clusters)
/// for note in diagram.notes { print(note) }
/// let svg = try diagram.render(format: .svg)
/// ```
public struct Diagram: Sendable, Hashable {
    public var document: DOTDocument
    /// The engine used when the caller names none.
    public var suggestedEngine: LayoutEngine
    /// Sentences such as "The graph has 12,000 nodes …; each cluster is drawn as one node."
    public var notes: [String]

    public init(document: DOTDocument, suggestedEngine: LayoutEngine, notes: [String] = []) {
        self.document = document
        self.suggestedEngine = suggestedEngine
        self.notes = notes
    }

    /// Renders with ``GraphvizRenderer/shared``, using `engine` or else ``suggestedEngine``.
    public func render(format: RenderFormat, engine: LayoutEngine? = nil) throws -> [UInt8] {
        try GraphvizRenderer.shared.render(document, engine: engine ?? suggestedEngine, format: format)
    }
}
