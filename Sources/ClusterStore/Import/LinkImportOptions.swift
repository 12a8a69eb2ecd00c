import TabularText

/// How `import links` reads a file into a graph.
public struct LinkImportOptions: Sendable {
    public var graph: String
    public var isDirected: Bool
    /// Every source and target must already be a node of the graph (imported with `import nodes`).
    public var strict: Bool
    /// `.create` also fills a graph that has nodes but no links yet.
    public var mode: WriteMode
    /// `,` `;` or tab; nil to detect.
    public var delimiter: UInt8?
    /// The decimal mark and thousands separator; what is nil is detected from the file.
    public var numberFormat: NumberFormatOptions
    /// The kind of links whose row gives none.
    public var defaultKind: String
    public var description: String
    public var source: String
    /// Links sorted in memory before a run goes to a temporary file (tests make it small).
    var runCapacity = LinkRuns.defaultRunCapacity

    public init(graph: String, isDirected: Bool = true, strict: Bool = false, mode: WriteMode = .create,
                delimiter: UInt8? = nil, numberFormat: NumberFormatOptions = NumberFormatOptions(), defaultKind: String = "supplies", description: String = "", source: String = "") {
        self.graph = graph
        self.isDirected = isDirected
        self.strict = strict
        self.mode = mode
        self.delimiter = delimiter
        self.numberFormat = numberFormat
        self.defaultKind = defaultKind
        self.description = description
        self.source = source
    }
}
