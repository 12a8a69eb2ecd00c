import ClusterGraph
import ClusterStore

/// The graphs and partition a ``PartitionAssessment`` reads, loaded from the store.
///
/// Loading is separate from computing so a front end can time the two, and so that a server can
/// keep loaded inputs between requests.
public struct AssessmentInputs: Sendable {
    public let options: ClusterAssessmentOptions
    /// ``ClusterAssessmentOptions/graph`` as loaded.
    public let structure: LinkageGraph
    /// The name and contents of the graph with the flows (``structure`` itself when they are the same).
    public let flowsName: String
    public let flows: LinkageGraph
    public let earlier: LinkageGraph?
    public let reference: LinkageGraph?
    /// The saved partition named in the options, or nil when clusters are to be detected.
    public let savedPartition: Partition?

    /// Inputs already in memory (a server's cache, a report over a series of graphs).
    public init(options: ClusterAssessmentOptions, structure: LinkageGraph, flowsName: String, flows: LinkageGraph,
                earlier: LinkageGraph? = nil, reference: LinkageGraph? = nil, savedPartition: Partition? = nil) {
        self.options = options
        self.structure = structure
        self.flowsName = flowsName
        self.flows = flows
        self.earlier = earlier
        self.reference = reference
        self.savedPartition = savedPartition
    }

    /// The clusters are those of ``ClusterAssessmentOptions/definition`` when it is set, else the
    /// saved partition ``ClusterAssessmentOptions/partition``, else none (to be detected).
    /// - Throws: the store's errors for an unknown graph or partition.
    public init(store: LinkageStore, options: ClusterAssessmentOptions) throws {
        structure = try store.loadGraph(named: options.graph)
        (flowsName, flows) = try store.loadFlowsGraph(for: options.graph, structure: structure, explicit: options.flows)
        earlier = try options.compare.map { try store.loadGraph(named: $0) }
        reference = try options.reference.map { try store.loadGraph(named: $0) }
        if let definition = options.definition {
            (self.options, savedPartition) = definition.applied(to: options, keys: structure.keys)
        } else {
            self.options = options
            savedPartition = try options.partition.map { try store.loadPartition(graph: options.graph, name: $0) }
        }
    }
}
