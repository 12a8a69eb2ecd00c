import ClusterGraph

/// The intermediate flows z_ij and outputs x_i of an input-output graph as a dense table: the
/// starting point of every coefficient, inverse and linkage index.
///
/// Sectors are ordered by key (``Partition/keyPrecedes(_:_:)``). Empty sectors — no output and
/// no flows, as coal or metal-ore mining in a small economy — are left out and listed in
/// ``omittedSectors``; a sector with zero output but flows is an error, never a division by zero.
///
/// ```swift
/// let table = try FlowMatrix(graph: graph, graphName: "de1995")
/// let leontief = try table.leontiefInverse()
/// ```
public struct FlowMatrix: Sendable {
    /// Keys of the sectors kept, in key order.
    public let keys: [String]
    /// Labels of the sectors kept.
    public let labels: [String?]
    /// Node index in the source graph of each sector kept.
    public let nodeIndices: [Int]
    /// z_ij: sales of sector i to sector j (self-loops are the diagonal).
    public let flows: DenseMatrix
    /// x_i: total output of sector i.
    public let output: [Double]
    /// Keys of the empty sectors left out, in key order.
    public let omittedSectors: [String]
    /// The graph's name, for error messages.
    public let graphName: String

    /// The number of sectors kept.
    public var count: Int { keys.count }

    /// Reads flows from the links of `graph` (all of them: load only the `io` kind) and output
    /// from the numeric attribute `outputAttribute`.
    ///
    /// - Complexity: O(n² + m) for n sectors and m links.
    public init(graph: LinkageGraph, graphName: String, outputAttribute: String = "output") throws(LinkageAnalysisError) {
        guard let outputColumn = graph.attributes.column(outputAttribute) else {
            throw .missingAttribute(graph: graphName, attribute: outputAttribute)
        }
        var kept: [Int] = [], omitted: [String] = []
        for node in 0..<graph.nodeCount {
            let hasFlows = graph.successorWeights(of: node).contains { $0 != 0 }
                || graph.predecessorWeights(of: node).contains { $0 != 0 }
            switch outputColumn[node] {
            case nil where hasFlows:
                throw .missingValue(graph: graphName, sector: graph.keys[node], attribute: outputAttribute)
            case let value? where value <= 0 && hasFlows:
                throw .zeroOutputWithFlows(graph: graphName, sector: graph.keys[node], output: value)
            case let value? where value > 0:
                kept.append(node)
            default:
                omitted.append(graph.keys[node])
            }
        }
        guard !kept.isEmpty else { throw .noSectors(graph: graphName) }
        kept.sort { Partition.keyPrecedes(graph.keys[$0], graph.keys[$1]) }

        var position = [Int](repeating: -1, count: graph.nodeCount)
        for (sector, node) in kept.enumerated() { position[node] = sector }
        var flows = DenseMatrix(rows: kept.count, columns: kept.count)
        for (i, node) in kept.enumerated() {
            for (target, weight) in zip(graph.successors(of: node), graph.successorWeights(of: node)) {
                let j = position[Int(target)]
                // A link to an omitted node has zero weight (omitted nodes have no flows).
                if j >= 0 { flows[i, j] = weight }
            }
        }
        self.keys = kept.map { graph.keys[$0] }
        self.labels = kept.map { graph.labels[$0] }
        self.nodeIndices = kept
        self.flows = flows
        self.output = kept.map { outputColumn[$0] ?? 0 }
        self.omittedSectors = omitted.sorted(by: Partition.keyPrecedes)
        self.graphName = graphName
    }
}
