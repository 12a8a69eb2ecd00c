import ClusterGraph
import GRDB

extension LinkageStore {
    /// The names of the communities of partition `partition` saved on `graph`, by community id
    /// (nil for an unnamed community): names come from the template it was applied from or the
    /// `key,cluster` file it was imported from.
    ///
    /// ```swift
    /// let names = try store.clusterNames(graph: "FIN-2011", partition: "etla")   // ["business services", …]
    /// ```
    /// - Throws: the store's errors for an unknown graph or partition.
    public func clusterNames(graph: String, partition: String) throws -> [String?] {
        let count = try loadPartition(graph: graph, name: partition).communityCount
        return try read { db in
            var names = [String?](repeating: nil, count: count)
            for row in try Row.fetchAll(db, sql: """
                SELECT c.community, c.name FROM result_cluster c JOIN result r ON r.id = c.result_id
                WHERE r.graph_id = ? AND r.name = ?
                """, arguments: [try Self.graphRow(graph, db).id, partition]) {
                let community: Int = row[0]
                if names.indices.contains(community) { names[community] = row[1] }
            }
            return names
        }
    }

    /// The community id that `reference` — an id, or a name in any letter case or its
    /// unambiguous start — stands for in partition `partition` of `graph`: the one function
    /// behind `--cluster ID|NAME` in every command. An id is returned as given; the command that
    /// uses it says when the partition has no such cluster.
    ///
    /// ```swift
    /// let id = try store.resolveCluster("forest", graph: "FIN-2011", partition: "etla")
    /// ```
    /// - Throws: ``TemplateError/unknownCluster(reference:in:names:count:)`` listing close names,
    ///   ``TemplateError/ambiguousCluster(reference:in:matches:)``, and the store's errors.
    public func resolveCluster(_ reference: String, graph: String, partition: String) throws -> Int {
        if let id = Int(reference) { return id }
        let names = try clusterNames(graph: graph, partition: partition)
        let owner = "partition '\(partition)' of graph '\(graph)'"
        switch ClusterReference.resolve(reference, names: names) {
        case .found(let id): return id
        case .ambiguous(let matches): throw TemplateError.ambiguousCluster(reference: reference, in: owner, matches: matches)
        case .notFound: throw TemplateError.unknownCluster(reference: reference, in: owner, names: names.compactMap { $0 }, count: names.count)
        }
    }

    static func validateClusterNames(_ names: [String?], partition: String) throws {
        var seen = Set<String>()
        for name in names.compactMap({ $0 }) {
            guard ClusterReference.isValidName(name) else { throw TemplateError.invalidClusterName(name) }
            guard seen.insert(name.lowercased()).inserted else {
                throw TemplateError.duplicateClusterName(name, in: "partition '\(partition)'")
            }
        }
    }

    static func insertClusterNames(_ names: [String?], result: Int64, _ db: Database) throws {
        for (community, name) in names.enumerated() {
            guard let name else { continue }
            try db.execute(sql: "INSERT INTO result_cluster (result_id, community, name) VALUES (?, ?, ?)",
                           arguments: [result, community, name])
        }
    }
}
