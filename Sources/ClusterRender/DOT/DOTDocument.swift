/// A Graphviz DOT document built statement by statement, with every identifier and value escaped.
///
/// Node identifiers are written as quoted strings; callers pass safe generated ids (ClusterRender
/// uses `n0`, `n1`, … and shows keys in labels), because the DOT grammar cannot express every
/// string as an identifier (a name ending in a backslash, for one).
///
/// ```swift
/// var document = DOTDocument(directed: true)
/// document.graph(["rankdir": "LR"])
/// document.node("n0", ["label": "Paper \"&\" pulp"])
/// document.node("n1", ["label": "Лес"])
/// document.edge(from: "n0", to: "n1", ["penwidth": 2])
/// print(document.text)
/// ```
public struct DOTDocument: Sendable, Hashable {
    public let isDirected: Bool
    private var lines: [String] = []
    private var depth = 1

    public init(directed: Bool) {
        self.isDirected = directed
    }

    /// Graph-level attributes (`graph [...]`) at the current nesting level.
    public mutating func graph(_ attributes: DOTAttributes) {
        append("graph" + attributes.bracketed)
    }

    /// Default attributes for nodes declared after this statement.
    public mutating func nodeDefaults(_ attributes: DOTAttributes) {
        append("node" + attributes.bracketed)
    }

    /// Default attributes for edges declared after this statement.
    public mutating func edgeDefaults(_ attributes: DOTAttributes) {
        append("edge" + attributes.bracketed)
    }

    public mutating func node(_ id: String, _ attributes: DOTAttributes = [:]) {
        append(DOTEscaping.quoted(id) + attributes.bracketed)
    }

    public mutating func edge(from source: String, to target: String, _ attributes: DOTAttributes = [:]) {
        let connector = isDirected ? " -> " : " -- "
        append(DOTEscaping.quoted(source) + connector + DOTEscaping.quoted(target) + attributes.bracketed)
    }

    /// A subgraph; name it `cluster_…` for Graphviz to draw it as a box (engines dot and fdp).
    public mutating func subgraph(_ id: String, _ body: (inout DOTDocument) -> Void) {
        append("subgraph " + DOTEscaping.quoted(id) + " {")
        depth += 1
        body(&self)
        depth -= 1
        append("}")
    }

    /// An anonymous subgraph that puts `ids` on the same rank (engine dot).
    public mutating func sameRank(_ ids: [String]) {
        guard !ids.isEmpty else { return }
        append("{ rank=same; " + ids.map { DOTEscaping.quoted($0) + ";" }.joined(separator: " ") + " }")
    }

    /// The DOT source, ending with a newline.
    public var text: String {
        (isDirected ? "digraph" : "graph") + " G {\n" + lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n") + "}\n"
    }

    private mutating func append(_ statement: String) {
        lines.append(String(repeating: "  ", count: depth) + statement)
    }
}
