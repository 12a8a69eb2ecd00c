import ClusterGraph

/// A node reached from a start node and its distance in links.
public struct ReachedNode: Sendable, Hashable {
    public let node: Int
    public let distance: Int
}

extension LinkageGraph {
    /// The nodes within `depth` links of `start` (breadth-first search), with their distance in
    /// links, nearest first; ties in node-index order. The start node itself is not included.
    ///
    /// ```swift
    /// let paper = graph.index(of: "17_18")!
    /// graph.neighbourhood(of: paper, depth: 2, direction: .in)   // suppliers and their suppliers
    /// ```
    ///
    /// - Parameters:
    ///   - depth: the largest distance to report; nil for everything reachable.
    /// - Complexity: O(n + m) for n nodes and m links reached.
    public func neighbourhood(of start: Int, depth: Int?, direction: TraversalDirection) -> [ReachedNode] {
        precondition(start >= 0 && start < nodeCount, "start node out of range")
        let rows = neighbourRows()
        var distance = [Int](repeating: -1, count: nodeCount)
        distance[start] = 0
        var frontier = [start]
        var reached: [ReachedNode] = []
        var level = 0
        while !frontier.isEmpty, depth.map({ level < $0 }) ?? true {
            level += 1
            var next: [Int] = []
            for u in frontier {
                rows.forEachNeighbour(of: u, direction: direction) { v, _ in
                    if distance[v] < 0 {
                        distance[v] = level
                        next.append(v)
                    }
                }
            }
            next.sort()
            reached.append(contentsOf: next.map { ReachedNode(node: $0, distance: level) })
            frontier = next
        }
        return reached
    }
}
