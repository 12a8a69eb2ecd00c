import ClusterGraph
import ClusterStore

extension ClusterTemplate {
    /// A template read from a `key,cluster` file (an official definition, or
    /// `Graphs/wiod-2013/clusters.csv`): clusters in order of first appearance, named as in the
    /// file (a name that reads as a number becomes `cluster N`).
    ///
    /// With `graphs`, member labels come from them and each cluster gets its extended cluster
    /// (suppliers whose dependence, averaged over the graphs, is at least `extensionThreshold`).
    ///
    /// ```swift
    /// let file = try KeyClusterFile(path: "Graphs/wiod-2013/clusters.csv")
    /// let etla = try ClusterTemplate.imported(file, name: "etla", graphs: ["FIN-2011"], store: store)
    /// try store.saveTemplate(etla, replace: false)
    /// ```
    /// - Throws: the store's errors for an unknown graph.
    public static func imported(_ file: KeyClusterFile, name: String, graphs: [String] = [], store: LinkageStore,
                                extensionThreshold: Double = 0.2) throws -> ClusterTemplate {
        let structures = try graphs.map { try store.loadGraph(named: $0) }
        let sources = try TemplateSources(store: store, graphs: graphs, structures: structures)
        let order = file.clusterNames
        let idOfName = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        var members = [[Member]](repeating: [], count: order.count)
        for entry in file.entries {
            if let id = idOfName[entry.cluster] { members[id].append(Member(key: entry.key, label: sources.label(of: entry.key))) }
        }
        var clusters = order.enumerated().map { id, clusterName in
            let sorted = members[id].sorted { Partition.keyPrecedes($0.key, $1.key) }
            return Cluster(id: id, name: clusterName, namedBy: .file, members: sorted,
                           suppliers: graphs.isEmpty ? [] : sources.suppliers(of: sorted.map(\.key), threshold: extensionThreshold))
        }
        // Names are kept as written; only those a user could not type as a name change.
        var used = Set(clusters.map { $0.name.lowercased() })
        for index in clusters.indices where !ClusterReference.isValidName(clusters[index].name) {
            let base = "cluster \(clusters[index].name)"
            var renamed = base, number = 2
            while used.contains(renamed.lowercased()) {
                renamed = "\(base) \(number)"
                number += 1
            }
            used.insert(renamed.lowercased())
            clusters[index].name = renamed
        }
        return ClusterTemplate(name: name, description: "Clusters of \(file.path)", method: .file,
                               parameters: graphs.isEmpty ? [:] : ["graphs": graphs.joined(separator: ",")],
                               sources: [file.path], clusters: clusters, extensionThreshold: graphs.isEmpty ? nil : extensionThreshold)
    }
}
