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
        var smallestKey: [Int: Int] = [:]   // raw label -> node index with the smallest key
        for (node, label) in rawAssignment.enumerated() {
            if let best = smallestKey[label] {
                if Self.keyPrecedes(keys[node], keys[best]) { smallestKey[label] = node }
            } else {
                smallestKey[label] = node
            }
        }
        let ordered = smallestKey.sorted { Self.keyPrecedes(keys[$0.value], keys[$1.value]) }
        var canonical: [Int: Int] = [:]
        for (position, entry) in ordered.enumerated() { canonical[entry.key] = position }
        self.assignment = rawAssignment.map { canonical[$0] ?? 0 }
        self.communityCount = ordered.count
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
    /// not depend on the machine's locale.
    public static func keyPrecedes(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
}
