import ClusterGraph

extension LinkageGraph {
    /// A path from `source` to `target` with the fewest links (breadth-first search), or nil when
    /// `target` cannot be reached. Among equally short paths the one found first in node-index
    /// order is returned, so the answer is the same on every run.
    ///
    /// ```swift
    /// graph.shortestPath(from: forestry, to: chemicals, direction: .out)?.nodes
    /// ```
    ///
    /// - Complexity: O(n + m).
    public func shortestPath(from source: Int, to target: Int, direction: TraversalDirection = .out) -> GraphPath? {
        precondition(source >= 0 && source < nodeCount && target >= 0 && target < nodeCount, "node out of range")
        let rows = neighbourRows()
        var parent = [Int](repeating: -1, count: nodeCount)
        var parentWeight = [Double](repeating: 0, count: nodeCount)
        parent[source] = source
        var queue = [source]
        var head = 0
        while head < queue.count, parent[target] < 0 {
            let u = queue[head]
            head += 1
            rows.forEachNeighbour(of: u, direction: direction) { v, weight in
                if parent[v] < 0 {
                    parent[v] = u
                    parentWeight[v] = weight
                    queue.append(v)
                }
            }
        }
        guard parent[target] >= 0 else { return nil }
        let path = Self.tracePath(to: target, from: source, parent: parent, parentWeight: parentWeight)
        return GraphPath(nodes: path.nodes, weights: path.weights, cost: Double(path.nodes.count - 1))
    }

    /// The cheapest path from `source` to `target` when each link costs `cost(weight)`
    /// (Dijkstra, E. W. (1959), "A note on two problems in connexion with graphs", Numerische
    /// Mathematik 1, 269–271), or nil when `target` cannot be reached over usable links.
    ///
    /// With ``PathCost/inverseWeight`` (the default) a link of weight w costs 1/w: the strongest
    /// chain of flows is the shortest. Ties are broken by node index, so results are stable.
    ///
    /// - Complexity: O((n + m) log n).
    public func cheapestPath(from source: Int, to target: Int, direction: TraversalDirection = .out,
                             cost: PathCost = .inverseWeight) -> GraphPath? {
        precondition(source >= 0 && source < nodeCount && target >= 0 && target < nodeCount, "node out of range")
        let rows = neighbourRows()
        var best = [Double](repeating: .infinity, count: nodeCount)
        var parent = [Int](repeating: -1, count: nodeCount)
        var parentWeight = [Double](repeating: 0, count: nodeCount)
        var settled = [Bool](repeating: false, count: nodeCount)
        var queue = MinHeap()
        best[source] = 0
        parent[source] = source
        queue.push(0, source)
        while let (distance, u) = queue.pop() {
            if settled[u] || distance > best[u] { continue }
            settled[u] = true
            if u == target { break }
            rows.forEachNeighbour(of: u, direction: direction) { v, weight in
                guard !settled[v], let step = cost.cost(of: weight) else { return }
                let candidate = distance + step
                if candidate < best[v] || (candidate == best[v] && u < parent[v]) {
                    best[v] = candidate
                    parent[v] = u
                    parentWeight[v] = weight
                    queue.push(candidate, v)
                }
            }
        }
        guard parent[target] >= 0 else { return nil }
        let path = Self.tracePath(to: target, from: source, parent: parent, parentWeight: parentWeight)
        return GraphPath(nodes: path.nodes, weights: path.weights, cost: best[target])
    }

    private static func tracePath(to target: Int, from source: Int, parent: [Int], parentWeight: [Double])
        -> (nodes: [Int], weights: [Double])
    {
        var nodes = [target]
        var weights: [Double] = []
        var node = target
        while node != source {
            weights.append(parentWeight[node])
            node = parent[node]
            nodes.append(node)
        }
        return (nodes.reversed(), weights.reversed())
    }
}
