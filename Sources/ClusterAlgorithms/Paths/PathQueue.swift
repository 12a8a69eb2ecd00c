/// A binary min-heap of (node, priority) for Dijkstra's search; ties pop in node-index order so
/// searches are deterministic. Stale entries are left in and skipped by the caller (lazy deletion).
struct PathQueue {
    private var entries: [(node: Int, priority: Double)] = []

    private static func precedes(_ a: (node: Int, priority: Double), _ b: (node: Int, priority: Double)) -> Bool {
        a.priority < b.priority || (a.priority == b.priority && a.node < b.node)
    }

    /// - Complexity: O(log size).
    mutating func push(_ node: Int, priority: Double) {
        entries.append((node, priority))
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.precedes(entries[child], entries[parent]) else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    /// - Complexity: O(log size).
    mutating func pop() -> (Int, Double)? {
        guard let top = entries.first else { return nil }
        let last = entries.removeLast()
        if !entries.isEmpty {
            entries[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < entries.count, Self.precedes(entries[left], entries[smallest]) { smallest = left }
                if right < entries.count, Self.precedes(entries[right], entries[smallest]) { smallest = right }
                if smallest == parent { break }
                entries.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return (top.node, top.priority)
    }
}
