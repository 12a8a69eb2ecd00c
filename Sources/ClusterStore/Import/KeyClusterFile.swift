import ClusterGraph
import TabularText

/// A `key,cluster` file (an official cluster definition, `Graphs/wiod-2013/clusters.csv`) as
/// read: one entry per row, in file order, each key once.
///
/// ```swift
/// let file = try KeyClusterFile(path: "Graphs/wiod-2013/clusters.csv")
/// file.clusterNames       // ["forest", "food", …] in order of first appearance
/// ```
public struct KeyClusterFile: Sendable {
    public struct Entry: Sendable, Equatable {
        public let key: String
        public let cluster: String
        /// Where the key stands (line, and column in characters), for messages.
        public let line: Int
        public let column: Int
    }

    public let path: String
    public let entries: [Entry]

    /// - Throws: ``StoreError/cannotReadFile(path:reason:)``, or ``TabularTextError`` at
    ///   file:line:column for a missing column, an empty field or a key listed twice.
    public init(path: String, delimiter: UInt8? = nil) throws {
        var input = try ImportSource(path: path, delimiter: delimiter)
        let columns = try input.requiredColumns(["key", "cluster"], example: "key,cluster")
        var entries: [Entry] = []
        var lineByKey: [String: Int] = [:]
        while let record = try input.reader.next() {
            let key = try input.key(record, columns[0], what: "key")
            if let first = lineByKey[key] {
                throw input.reader.error("node '\(key)' is already assigned on line \(first); give each node one cluster",
                                         in: record, field: columns[0])
            }
            lineByKey[key] = record.line
            let column = input.reader.error("", in: record, field: columns[0]).column
            entries.append(Entry(key: key, cluster: try input.key(record, columns[1], what: "cluster"), line: record.line, column: column))
        }
        self.path = path
        self.entries = entries
    }

    /// The distinct cluster names in order of first appearance.
    public var clusterNames: [String] {
        var seen = Set<String>()
        return entries.map(\.cluster).filter { seen.insert($0).inserted }
    }

    /// The error for an entry whose key the graph lacks, at its line and column.
    func unknownKey(_ entry: Entry, graph: String, keys: [String]) -> TabularTextError {
        let close = NameSuggestions.closest(to: entry.key, among: keys)
        return TabularTextError(file: path, line: entry.line, column: entry.column,
                                message: "graph '\(graph)' has no node '\(entry.key)'"
                                    + (close.isEmpty ? "" : " (did you mean \(close.map { "'\($0)'" }.joined(separator: ", "))?)")
                                    + "; list only the graph's node keys")
    }
}
