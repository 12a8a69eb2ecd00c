import ClusterGraph
import Foundation
import TabularText

/// One fixed, named set of clusters for every graph with the same sector keys, read from a
/// `key,cluster` file (`Graphs/wiod-2013/clusters.csv`: ETLA's families of WIOD industries), so a
/// cluster can be followed through years and compared across economies.
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
        var reader = try DelimitedTextReader(bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: path))), fileName: path)
        guard let keyColumn = reader.header.firstIndex(of: "key"), let clusterColumn = reader.header.firstIndex(of: "cluster") else {
            throw reader.headerError("the header needs the columns `key` and `cluster`", field: 0)
        }
        var clusterOf: [String: String] = [:]
        while let record = try reader.next() {
            guard record.fields.count > max(keyColumn, clusterColumn), !record.fields[clusterColumn].isEmpty else {
                throw reader.error("the row names no cluster", in: record, field: min(clusterColumn, record.fields.count - 1))
            }
            guard clusterOf.updateValue(record.fields[clusterColumn], forKey: record.fields[keyColumn]) == nil else {
                throw reader.error("`\(record.fields[keyColumn])` is listed twice; a sector belongs to one cluster here", in: record, field: keyColumn)
            }
        }
        return ClusterDefinition(source: path, clusterOf: clusterOf)
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

    /// True when every key the definition names is among `keys`: it was made for graphs like this one.
    public func fits(keys: [String]) -> Bool {
        let present = Set(keys)
        return !clusterOf.isEmpty && clusterOf.keys.allSatisfy(present.contains)
    }

    /// The partition of `keys` into the named clusters (a key the file does not name stands
    /// alone, named by itself), and each community's name by id.
    public func partition(keys: [String]) -> (partition: Partition, names: [String]) {
        var labelOf: [String: Int] = [:]
        let labels = keys.map { key in
            let name = clusterOf[key] ?? key
            if let label = labelOf[name] { return label }
            labelOf[name] = labelOf.count
            return labelOf.count - 1
        }
        let partition = Partition(assignment: labels, keys: keys)
        var names = [String](repeating: "", count: partition.communityCount)
        for (node, key) in keys.enumerated() { names[partition.assignment[node]] = clusterOf[key] ?? key }
        return (partition, names)
    }
}
