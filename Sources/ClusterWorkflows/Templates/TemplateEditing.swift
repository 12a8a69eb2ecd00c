import ClusterGraph
import ClusterStore

/// Changes to a stored template's names: one cluster renamed, or names taken from a
/// `key,cluster` file. Each is one load, one change, one save, so a refused change leaves the
/// template as it was.
///
/// ```swift
/// try TemplateEditing.rename(cluster: "Pulp, paper, printing +2", to: "forest", template: "nordic", in: store)
/// try TemplateEditing.name(template: "nordic", from: KeyClusterFile(path: "Graphs/wiod-2013/clusters.csv"), in: store)
/// ```
public enum TemplateEditing {
    /// Renames one cluster (a name, its start, or an id) of a stored template.
    /// - Returns: the template as saved.
    /// - Throws: ``ClusterStore/TemplateError`` for an unknown template or cluster, or a name that is taken or invalid.
    @discardableResult
    public static func rename(cluster reference: String, to name: String, template: String, in store: LinkageStore) throws -> ClusterTemplate {
        var loaded = try store.template(named: template)
        let id = try loaded.cluster(reference).id
        loaded.clusters[id].name = name
        loaded.clusters[id].namedBy = .user
        try store.saveTemplate(loaded, replace: true)
        return try store.template(named: template)
    }

    /// Names a stored template's clusters from a `key,cluster` file: each cluster takes the name
    /// most of its members carry there (see ``ClusterGraph/ClusterTemplate/rename(byKeys:as:)``).
    /// - Returns: the template as saved.
    @discardableResult
    public static func name(template: String, from file: KeyClusterFile, in store: LinkageStore) throws -> ClusterTemplate {
        var loaded = try store.template(named: template)
        loaded.rename(byKeys: Dictionary(file.entries.map { ($0.key, $0.cluster) }, uniquingKeysWith: { first, _ in first }), as: .user)
        try store.saveTemplate(loaded, replace: true)
        return try store.template(named: template)
    }
}

extension ClusterTemplate {
    /// The cluster `reference` (an id, a name or its unambiguous start) stands for.
    /// - Throws: ``ClusterStore/TemplateError/unknownCluster(reference:in:names:count:)`` or
    ///   ``ClusterStore/TemplateError/ambiguousCluster(reference:in:matches:)``.
    public func cluster(_ reference: String) throws -> Cluster {
        switch resolve(reference) {
        case .found(let id): return clusters[id]
        case .ambiguous(let matches): throw TemplateError.ambiguousCluster(reference: reference, in: "template '\(name)'", matches: matches)
        case .notFound:
            throw TemplateError.unknownCluster(reference: reference, in: "template '\(name)'", names: clusters.map(\.name), count: clusters.count)
        }
    }
}
