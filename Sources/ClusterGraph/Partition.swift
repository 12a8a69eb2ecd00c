/// An assignment of every node of a graph to one community, numbered canonically.
///
/// Community ids are `0..<communityCount`, ordered by each community's smallest member key
/// (Unicode scalar order), so the same grouping always gets the same ids whatever algorithm or
/// seed produced it.
///
/// ```swift
/// let partition = Partition(assignment: [7, 7, 3], keys: ["b", "c", "a"])
/// partition.assignment            // [1, 1, 0]: "a" has the smallest key
/// partition.members(keys: keys)   // [["a"], ["b", "c"]]
/// ```
public struct Partition: Sendable, Equatable {
    /// Community id of each node index.
    public let assignment: [Int]
    public let communityCount: Int

    /// Renumbers any labelling canonically. `assignment` and `keys` are indexed by node.
    public init(assignment rawAssignment: [Int], keys: [String]) {
        precondition(rawAssignment.count == keys.count, "one community per node")
        // Labels are first made dense, then ordered by smallest key.
        let (dense, labelCount) = rawAssignment.denseRelabelled()
        var smallestKey = [Int](repeating: -1, count: labelCount)   // dense label -> node with the smallest key
        for (node, label) in dense.enumerated() {
            let best = smallestKey[label]
            if best < 0 || Self.keyPrecedes(keys[node], keys[best]) { smallestKey[label] = node }
        }
        let ordered = (0..<labelCount).sorted { Self.keyPrecedes(keys[smallestKey[$0]], keys[smallestKey[$1]]) }
        var canonical = [Int](repeating: 0, count: labelCount)
        for (position, label) in ordered.enumerated() { canonical[label] = position }
        self.assignment = dense.map { canonical[$0] }
        self.communityCount = labelCount
    }

    /// The members of each community as keys, each list sorted, in community-id order.
    public func members(keys: [String]) -> [[String]] {
        var groups = Array(repeating: [String](), count: communityCount)
        for (node, community) in assignment.enumerated() { groups[community].append(keys[node]) }
        return groups.map { $0.sorted(by: Self.keyPrecedes) }
    }

    /// The node indices of each community, in community-id order.
    public func memberIndices() -> [[Int]] {
        var groups = Array(repeating: [Int](), count: communityCount)
        for (node, community) in assignment.enumerated() { groups[community].append(node) }
        return groups
    }

    /// The order used for keys everywhere output must be stable: Unicode scalar order, so it does
    /// not depend on the machine's locale. UTF-8 keeps scalar order byte by byte, so comparing the
    /// bytes gives the same order without decoding scalars.
    ///
    /// Output sorts every member key this way (a million comparisons for a 100,000-node
    /// component), so native strings, whose UTF-8 is contiguous, are compared through their
    /// buffers: several times faster than stepping through `String.UTF8View`'s indices.
    public static func keyPrecedes(_ a: String, _ b: String) -> Bool {
        let compared = a.utf8.withContiguousStorageIfAvailable { a in
            b.utf8.withContiguousStorageIfAvailable { b in bytesPrecede(a, b) }
        }
        return (compared ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    @inline(__always)
    private static func bytesPrecede(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<min(a.count, b.count) where a[index] != b[index] {
            return a[index] < b[index]
        }
        return a.count < b.count
    }
}
