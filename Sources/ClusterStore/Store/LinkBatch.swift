import ClusterGraph

/// Links gathered for one write, as columns of node ids: what ``GraphWriter`` stores.
///
/// Kinds are interned (`kindIndices` point into `kinds`) and attribute columns hold one optional
/// value per link, so a million links cost a few flat arrays rather than a million records.
struct LinkBatch {
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    var kindIndices: [Int32] = []
    private(set) var kinds: [String] = []
    private var kindIndexByName: [String: Int32] = [:]
    /// Attribute columns by name, each as long as the links.
    var attributes: [(name: String, values: [AttributeValue?])] = []

    var count: Int { sources.count }

    mutating func reserveCapacity(_ count: Int) {
        sources.reserveCapacity(count)
        targets.reserveCapacity(count)
        weights.reserveCapacity(count)
        kindIndices.reserveCapacity(count)
    }

    /// The index of `kind`, interning it on first use.
    mutating func kindIndex(_ kind: String) -> Int32 {
        if let index = kindIndexByName[kind] { return index }
        let index = Int32(kinds.count)
        kinds.append(kind)
        kindIndexByName[kind] = index
        return index
    }

    mutating func append(source: Int32, target: Int32, weight: Double, kind: Int32) {
        sources.append(source)
        targets.append(target)
        weights.append(weight)
        kindIndices.append(kind)
    }

    /// The order that sorts links by (source, target), as ``LinkInserter`` takes them (it orders
    /// the kinds of a pair itself), so inserts append to the B-tree instead of splitting pages all
    /// over it.
    ///
    /// - Complexity: O(m + n): two stable counting passes (target, then source).
    func primaryKeyOrder(nodeCount: Int) -> [Int] {
        var order = Array(0..<count)
        order = Self.countingSort(order, buckets: nodeCount) { Int(targets[$0]) }
        order = Self.countingSort(order, buckets: nodeCount) { Int(sources[$0]) }
        return order
    }

    private static func countingSort(_ order: [Int], buckets: Int, key: (Int) -> Int) -> [Int] {
        var starts = [Int](repeating: 0, count: buckets + 1)
        for index in order { starts[key(index) + 1] += 1 }
        for bucket in 0..<buckets { starts[bucket + 1] += starts[bucket] }
        var sorted = [Int](repeating: 0, count: order.count)
        for index in order {
            let bucket = key(index)
            sorted[starts[bucket]] = index
            starts[bucket] += 1
        }
        return sorted
    }
}
