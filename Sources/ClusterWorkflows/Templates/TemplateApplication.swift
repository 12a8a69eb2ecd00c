import ClusterGraph
import ClusterStore

/// A stored template laid over one stored graph: which of its clusters the graph has, and which
/// keys are missing or extra; savable as a named partition of the graph, so `clusters`,
/// `render` and `models --cluster NAME` work on it.
///
/// ```swift
/// let applied = try TemplateApplication(store: store, template: "etla", graph: "SWE-2011")
/// applied.fit.missing   // template keys SWE-2011 lacks
/// try applied.save(as: "etla", in: store, replace: true)
/// ```
public struct TemplateApplication: Sendable {
    public let template: ClusterTemplate
    public let graph: String
    /// The graph's node keys, index order.
    public let keys: [String]
    public let fit: TemplateFit

    /// - Throws: ``ClusterStore/TemplateError`` for an unknown template, the store's errors for an unknown graph.
    public init(store: LinkageStore, template name: String, graph: String) throws {
        template = try store.template(named: name)
        self.graph = graph
        keys = try store.loadGraph(named: graph).keys
        fit = template.fit(keys: keys)
    }

    /// The members (keys) of each community of ``fit``'s partition, in community-id order.
    public var members: [[String]] { fit.partition.members(keys: keys) }

    /// Saves the fitted partition on the graph under `name`, with the template's cluster names.
    public func save(as name: String, in store: LinkageStore, replace: Bool) throws {
        try store.savePartition(fit.partition, graph: graph, name: name, method: "template",
                                parameters: ["template": template.name, "missing": String(fit.missing.count), "extra": String(fit.extra.count)],
                                replace: replace, clusterNames: fit.names)
    }
}
