import ClusterGraph
import Foundation
import GRDB

extension LinkageStore {
    /// The overview of graph `graph` by its saved partition `partition` — each community's size and
    /// most prominent members, the links summed between communities — read straight from the
    /// stored links without loading the graph: what an aggregated overview of a national firm
    /// network draws, in memory for 12 bytes a node instead of the graph's 26 bytes a link.
    ///
    /// Communities come in the saved (canonical) id order, as ``loadPartition(graph:name:)`` gives
    /// them, so the overview equals `CommunityOverview(graph: loadGraph(…), partition: loadPartition(…))`.
    ///
    /// ```swift
    /// let overview = try store.communityOverview(graph: "firms", partition: "louvain", threads: 2)
    /// overview.clusters.count          // 1,414 communities of 10,000,000 firms
    /// ```
    ///
    /// With `threads` above 1, a large graph's links are read on that many connections at once,
    /// each taking every Nth block of source nodes (see `sourceBlocks`); a write in between (seen by the graph's revision)
    /// starts the reading again on one connection.
    ///
    /// - Parameter progress: hears the links read so far out of the stored count.
    /// - Throws: the errors of ``loadPartition(graph:name:)``: an unknown graph or partition, saved
    ///   scores, or nodes added since the partition was saved.
    /// - Complexity: one pass over the stored links, O(m), and memory O(n + linked community pairs).
    public func communityOverview(graph name: String, partition: String, sizeAttribute: String = "output",
                                  threads: Int = 1, progress: ProgressHandler? = nil) throws -> CommunityOverview {
        if threads > 1, let overview = try overviewConcurrently(name, partition: partition, sizeAttribute: sizeAttribute,
                                                                 threads: threads, progress: progress) {
            return overview
        }
        return try read { db in
            let context = try OverviewContext(graph: name, partition: partition, sizeAttribute: sizeAttribute, db)
            let shared = SharedProgress(total: context.graph.linkCount, handler: progress)
            let accumulator = try context.accumulate(db, store: self, progress: shared)
            shared.finish()
            return try context.overview(accumulator, db)
        }
    }

    /// ``communityOverview(graph:partition:sizeAttribute:threads:)`` on `threads` connections,
    /// or nil when the graph is too small for that to pay or changed while it was read.
    func overviewConcurrently(_ name: String, partition: String, sizeAttribute: String, threads: Int,
                              minimumLinks: Int = concurrentLoadLinkCount, progress: ProgressHandler? = nil) throws -> CommunityOverview? {
        let context = try read { db in try OverviewContext(graph: name, partition: partition, sizeAttribute: sizeAttribute, db) }
        guard context.graph.linkCount >= minimumLinks else { return nil }
        let blocks = Self.sourceBlocks(nodeCount: context.graph.nodeCount, parts: threads)
        let shared = SharedProgress(total: context.graph.linkCount, handler: progress)
        let results = ConcurrentResults<CommunityOverview.Accumulator?>(count: threads)
        DispatchQueue.concurrentPerform(iterations: threads) { part in
            results.set(part, Result { () throws -> CommunityOverview.Accumulator? in
                try read { db in
                    guard try context.graph.isCurrent(db) else { return nil }
                    return try context.accumulate(db, store: self, sources: blocks[part], progress: shared)
                }
            })
        }
        guard var accumulator = try results.get(0) else { return nil }
        for part in 1..<threads {
            guard let next = try results.get(part) else { return nil }
            accumulator.merge(next)
        }
        shared.finish()
        return try read { db in try context.graph.isCurrent(db) ? try context.overview(accumulator, db) : nil }
    }
}

/// What the overview needs besides the links: the graph, the saved community of each node and
/// the size attribute, read once.
private struct OverviewContext: Sendable {
    let graph: StoredGraphState
    let communityOf: [Int32]
    let communityCount: Int
    /// The size attribute of each node, NaN where a node lacks it; nil when none has it.
    let sizes: [Double]?

    init(graph name: String, partition: String, sizeAttribute: String, _ db: Database) throws {
        graph = try StoredGraphState(graph: name, db)
        let nodeCount = graph.nodeCount
        let resultId = try LinkageStore.partitionResult(graph: name, graphId: graph.id, name: partition, db)
        // Saved partitions are numbered canonically (Partition's ids) when saved: the ids are used as they are.
        var communityOf = [Int32](repeating: -1, count: nodeCount)
        let values = try RawStatement(db, sql: "SELECT node_id, value FROM result_value WHERE result_id = ?")
        values.bind(1, resultId)
        var largest: Int32 = -1
        while try values.step() {
            let node = Int(values.int64(0)), value = values.double(1)
            guard node >= 0 && node < nodeCount else { continue }
            guard value >= 0 && value < Double(nodeCount) && value == value.rounded() else {
                throw StoreError.resultDoesNotFit(graph: name, name: partition,
                                                  reason: "node id \(node) has community \(value), not a whole number below the node count; save it again")
            }
            communityOf[node] = Int32(value)
            largest = max(largest, Int32(value))
        }
        let missing = communityOf.count { $0 < 0 }
        if missing > 0 {
            throw StoreError.resultDoesNotFit(graph: name, name: partition, reason: "\(missing) nodes were added after it was saved")
        }
        self.communityOf = communityOf
        communityCount = Int(largest) + 1
        var sizes: [Double]?
        let attribute = try RawStatement(db, sql: "SELECT node_id, value FROM node_attribute WHERE graph_id = ? AND name = ?")
        attribute.bind(1, graph.id)
        attribute.bind(2, sizeAttribute)
        while try attribute.step() {
            let node = Int(attribute.int64(0))
            // Only numbers size a node, as in a loaded graph's numeric columns.
            guard node >= 0 && node < nodeCount, let value = attribute.attributeValue(1)?.number else { continue }
            if sizes == nil { sizes = [Double](repeating: .nan, count: nodeCount) }
            sizes?[node] = value
        }
        self.sizes = sizes
    }

    /// The links from the source nodes in `sources` (every node by default) folded into an accumulator.
    func accumulate(_ db: Database, store: LinkageStore, sources: [Range<Int>]? = nil, progress: SharedProgress) throws
        -> CommunityOverview.Accumulator
    {
        var accumulator = CommunityOverview.Accumulator(isDirected: graph.isDirected, clusterOf: communityOf, clusterCount: communityCount)
        var read = 0
        let ranges: [Range<Int>?] = sources.map { $0.map(Optional.some) } ?? [nil]
        for range in ranges {
            try store.forEachStoredLink(db, graphId: graph.id, nodeCount: graph.nodeCount, upperHalf: !graph.isDirected, sources: range) {
                accumulator.addLink(source: $0, target: $1, weight: $2)
                read += 1
                if read & 0xF_FFFF == 0 { progress.add(1 << 20) }
            }
        }
        return accumulator
    }

    /// The overview once `accumulator` holds every link, naming the members it asks for.
    func overview(_ accumulator: CommunityOverview.Accumulator, _ db: Database) throws -> CommunityOverview {
        let member = try RawStatement(db, sql: "SELECT key, label FROM node WHERE graph_id = ? AND id = ?")
        member.bind(1, graph.id)
        return try accumulator.overview(size: sizes.map { sizes in { sizes[$0].isNaN ? nil : sizes[$0] } }) { nodes in
            try nodes.map { node in
                member.bind(2, node)
                guard try member.step() else { return CommunityOverview.Member(key: "", label: nil) }
                let found = CommunityOverview.Member(key: member.text(0) ?? "", label: member.text(1))
                _ = try member.step()
                return found
            }
        }
    }
}
