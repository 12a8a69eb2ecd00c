import ClusterGraph
import GRDB
import TabularText

extension LinkageStore {
    /// Saves the clusters a file names (header `key,cluster`) as partition `name` of graph `graph`,
    /// so `clusters`, `models`, `render` and `specialisation` can use a grouping the user already
    /// has — an official cluster definition, or the same grouping across several years.
    ///
    /// Nodes the file does not list become clusters of their own (the assessment reports
    /// single-sector groups as "not a cluster"). The file's cluster names are kept with the
    /// partition (`--cluster forest`), except names that read as numbers. Nothing is saved when
    /// the file has an error.
    ///
    /// ```swift
    /// try store.importPartition(file: "Graphs/wiod-2013/clusters.csv", graph: "FIN-2011", name: "etla", replace: true)
    /// ```
    /// - Returns: the saved partition, its members by key and how many nodes the file left unlisted.
    /// - Throws: ``TabularTextError`` at file:line:column for an unknown or repeated key or an empty cluster name.
    @discardableResult
    public func importPartition(file: String, graph: String, name: String, replace: Bool,
                                delimiter: UInt8? = nil) throws -> (partition: Partition, members: [[String]], unlisted: Int) {
        let entries = try KeyClusterFile(path: file, delimiter: delimiter)
        let keys = try read { db in
            try String.fetchAll(db, sql: "SELECT key FROM node WHERE graph_id = ? ORDER BY id",
                                arguments: [try Self.graphRow(graph, db).id])
        }
        let indexByKey = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        var assignment = [Int?](repeating: nil, count: keys.count)
        var clusterIds: [String: Int] = [:]
        for entry in entries.entries {
            guard let index = indexByKey[entry.key] else { throw entries.unknownKey(entry, graph: graph, keys: keys) }
            if clusterIds[entry.cluster] == nil { clusterIds[entry.cluster] = clusterIds.count }
            assignment[index] = clusterIds[entry.cluster]
        }
        var unlisted = 0
        let complete = assignment.map { cluster -> Int in
            if let cluster { return cluster }
            unlisted += 1
            return clusterIds.count + unlisted
        }
        let partition = Partition(assignment: complete, keys: keys)
        try savePartition(partition, graph: graph, name: name, method: "file",
                          parameters: ["file": file, "unlisted": String(unlisted)], replace: replace,
                          clusterNames: Self.namesByCommunity(partition, raw: complete, names: clusterIds))
        return (partition, partition.members(keys: keys), unlisted)
    }

    /// The file's name of each community of `partition`; nil for unlisted nodes, names that read
    /// as ids, and a name that only the letter case tells apart from an earlier one.
    private static func namesByCommunity(_ partition: Partition, raw: [Int], names: [String: Int]) -> [String?] {
        var nameOfRaw: [Int: String] = [:]
        for (name, id) in names { nameOfRaw[id] = name }
        var result = [String?](repeating: nil, count: partition.communityCount)
        var used = Set<String>()
        for (node, community) in partition.assignment.enumerated() where result[community] == nil {
            if let name = nameOfRaw[raw[node]], ClusterReference.isValidName(name), used.insert(name.lowercased()).inserted {
                result[community] = name
            }
        }
        return result
    }
}
