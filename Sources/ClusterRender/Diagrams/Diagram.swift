/// A diagram ready to render: its DOT document, the engine it was built for, and notes for the
/// user (what was hidden or aggregated to keep it readable).
///
/// ```swift
/// let diagram = LinkageDiagram.make(graph: graph, clusters: clusters)
/// for note in diagram.notes { print(note) }
/// let svg = try diagram.render(format: .svg)
/// ```
public struct Diagram: Sendable, Hashable {
    public var document: DOTDocument
    /// The engine the document was built for.
    public var engine: LayoutEngine
    /// Sentences such as "The graph has 12,000 nodes …; each cluster is drawn as one node."
    public var notes: [String]

    public init(document: DOTDocument, engine: LayoutEngine, notes: [String] = []) {
        self.document = document
        self.engine = engine
        self.notes = notes
    }

    /// Renders with ``GraphvizRenderer/shared`` and the diagram's engine.
    public func render(format: RenderFormat) throws -> [UInt8] {
        try GraphvizRenderer.shared.render(document, engine: engine, format: format)
    }
}
