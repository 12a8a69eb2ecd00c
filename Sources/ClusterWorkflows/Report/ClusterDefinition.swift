import ClusterGraph
import ClusterStore

/// One fixed, named set of clusters for every graph with the same sector keys, read from a
/// `key,cluster` file (`Graphs/wiod-2013/clusters.csv`: ETLA's families of WIOD industries), so a
/// cluster can be followed through years and compared across economies. (A stored, named
/// definition is a ``ClusterGraph/ClusterTemplate``; this one is read for a single report.)
///
/// ```swift
/// let families = try ClusterDefinition.load(path: "Graphs/wiod-2013/clusters.csv")
/// let (partition, names) = families.partition(keys: graph.keys)
/// ```
public struct ClusterDefinition: Sendable {
    /// The file it was read from.
    public let source: String
    /// Each named key's cluster name.
    public let clusterOf: [String: String]

    public init(source: String, clusterOf: [String: String]) {
        self.source = source
        self.clusterOf = clusterOf
    }

    /// - Throws: ``TabularText/TabularTextError`` with file, line and column for a bad row.
    public static func load(path: String) throws -> ClusterDefinition {
        let file = try KeyClusterFile(path: path)
        return ClusterDefinition(source: path, clusterOf: Dictionary(file.entries.map { ($0.key, $0.cluster) }, uniquingKeysWith: { first, _ in first }))
    }

    /// `options` set to assess this definition's clusters on a graph with `keys`: the partition,
    /// the communities' names, and the definition's source as the partition's name.
    public func applied(to options: ClusterAssessmentOptions, keys: [String]) -> (options: ClusterAssessmentOptions, partition: Partition) {
        let defined = partition(keys: keys)
        var options = options
        options.names = defined.names
        options.partition = source
        return (options, defined.partition)
    }

    /// The id of the cluster `reference` names on a graph with `keys`: its id, or its name (whole,
    /// or the start of one name), as `models --cluster` takes a saved partition's.
    /// - Throws: ``ClusterStore/TemplateError`` for a name that fits no cluster or several.
    public func resolveCluster(_ reference: String, keys: [String]) throws -> Int {
        let names = partition(keys: keys).names
        switch ClusterReference.resolve(reference, names: names) {
        case .found(let id): return id
        case .ambiguous(let matches): throw TemplateError.ambiguousCluster(reference: reference, in: source, matches: matches)
        case .notFound: throw TemplateError.unknownCluster(reference: reference, in: source, names: names, count: names.count)
        }
    }

    /// True when every key the definition names is among `keys`: it was made for graphs like this one.
    public func fits(keys: [String]) -> Bool {
        let present = Set(keys)
        return !clusterOf.isEmpty && clusterOf.keys.allSatisfy(present.contains)
    }

    /// The partition of `keys` into the named clusters (a key the file does not name stands
    /// alone, named by itself), and each community's name by id.
    public func partition(keys: [String]) -> (partition: Partition, names: [String]) {
        let names = Set(clusterOf.values).sorted()
        let template = ClusterTemplate(name: source, method: .file, clusters: names.enumerated().map { id, name in
            ClusterTemplate.Cluster(id: id, name: name, namedBy: .file,
                                    members: clusterOf.filter { $0.value == name }.map { ClusterTemplate.Member(key: $0.key) })
        })
        let fit = template.fit(keys: keys)
        let members = fit.partition.members(keys: keys)
        return (fit.partition, fit.names.enumerated().map { community, name in name ?? members[community].first ?? "" })
    }
}
