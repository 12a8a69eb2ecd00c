/// A binary min-heap of (key, node) pairs with lazy deletion: callers push a node again when its
/// key drops and skip stale pops. Ties pop the smaller node first, so results are deterministic.
struct MinHeap {
    private var keys: [Double] = []
    private var nodes: [Int32] = []

    var isEmpty: Bool { keys.isEmpty }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private func less(_ i: Int, _ j: Int) -> Bool {
        keys[i] < keys[j] || (keys[i] == keys[j] && nodes[i] < nodes[j])
    }

    mutating func push(_ key: Double, _ node: Int) {
        keys.append(key)
        nodes.append(Int32(node))
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(child, parent) else { break }
            keys.swapAt(child, parent)
            nodes.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (key: Double, node: Int)? {
        guard let top = keys.first, let node = nodes.first else { return nil }
        let lastKey = keys.removeLast(), lastNode = nodes.removeLast()
        if !keys.isEmpty {
            keys[0] = lastKey
            nodes[0] = lastNode
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < keys.count && less(left, smallest) { smallest = left }
                if right < keys.count && less(right, smallest) { smallest = right }
                if smallest == parent { break }
                keys.swapAt(parent, smallest)
                nodes.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return (top, Int(node))
    }
}
