import ClusterStore
import InputOutput

/// Reads an input-output table with its optional sector labels and world exports into the graphs
/// the store keeps: what `import io` and the demo do.
///
/// ```swift
/// let set = try InputOutputImport.tables(table: (bytes, "FIN-2011.csv"), labels: nil, worldExports: (world, "world-exports.csv"), year: 2011)
/// try store.writeGraphs(InputOutputImport.contents(set, graph: "FIN-2011", description: "WIOD Finland 2011", source: "FIN-2011.csv"), mode: .replace)
/// ```
public enum InputOutputImport {
    /// A file's bytes and the name errors use.
    public typealias File = (bytes: [UInt8], name: String)

    /// - Throws: the readers' errors with file, line and column, and a missing year of world exports.
    public static func tables(table: File, labels: File?, worldExports: File?, year: Int?,
                              options: IOTableOptions = IOTableOptions()) throws -> IOTableSet {
        var set = try IOTableReader.read(bytes: table.bytes, fileName: table.name, options: options)
        if let labels {
            set = try set.applyingLabels(SectorLabels.read(bytes: labels.bytes, fileName: labels.name))
        }
        if let worldExports {
            let exports = try WorldExports.read(bytes: worldExports.bytes, fileName: worldExports.name).exports(year: year)
            set.national = try set.national.withWorldPosition(exports, source: worldExports.name)
            set.regions = try set.regions.map { try $0.withWorldPosition(exports, source: worldExports.name) }
        }
        return set
    }

    /// A note on a national table made by summing regional ones.
    public static let regionalSumNote = "sum of the regional tables: inter-regional flows are missing"

    /// One graph per table of the set: `graph` for the national table, `graph/REGION` for each
    /// region. A national table summed from regions says in its description that it lacks the
    /// flows between regions.
    public static func contents(_ set: IOTableSet, graph: String, description: String, source: String) -> [GraphContents] {
        let national = set.regions.isEmpty || description.contains(regionalSumNote) ? description : "\(description) (\(regionalSumNote))"
        return set.allTables.map { table in
            GraphContents(
                name: table.region.map { "\(graph)/\($0)" } ?? graph, isDirected: true,
                description: table.region.map { "\(description), region \($0)" } ?? national,
                source: source, nodes: table.nodeRecords(), links: table.linkRecords())
        }
    }
}
