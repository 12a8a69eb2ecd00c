import ArgumentParser
import ClusterStore
import ResultFormat

/// `clusternet import partition FILE --graph G --name NAME`: clusters the user already has.
///
/// ```
/// $ clusternet import partition Graphs/wiod-2013/clusters.csv --graph FIN-2011 --name etla
/// saved partition 'etla' of FIN-2011: 13 clusters (0 nodes unlisted)
/// $ clusternet clusters --graph FIN-2011 --partition etla --compare FIN-1995
/// ```
struct ImportPartitionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partition",
        abstract: "Import clusters from a file (header key,cluster) as a saved partition of a graph.",
        discussion: """
            Use it for a grouping you already have — an official cluster definition, or the same \
            clusters in every year of a time series — instead of detecting communities. Nodes the file \
            does not list become clusters of their own. The partition is then used like one saved by \
            `communities --save`: clusters/models/render/specialisation --partition NAME.
            """)

    @Argument(help: "The file: a header key,cluster and one row per node.")
    var file: String

    @Option(help: "The graph whose nodes the file names.")
    var graph: String

    @Option(help: "The name to save the partition under.")
    var name: String

    @Flag(help: "Replace a saved result of the same name.")
    var replace = false

    @Option(help: "The field separator: ',', ';' or 'tab'.")
    var delimiter: DelimiterOption?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let saved = try global.openStore().importPartition(file: file, graph: graph, name: name, replace: replace,
                                                           delimiter: delimiter?.byte)
        let members = saved.members
        CommandOutput(
            json: .object([
                ("graph", .string(graph)), ("name", .string(name)), ("unlisted", .number(saved.unlisted)),
                ("communities", .array(members.enumerated().map { id, keys in
                    .object([("id", .number(id)), ("members", .strings(keys))])
                })),
            ]),
            table: ResultTable(columns: ["id", "members"],
                               rows: members.enumerated().map { id, keys in [.number(id), .strings(keys)] }),
            notes: ["saved partition '\(name)' of \(graph): \(members.count) clusters (\(saved.unlisted) nodes unlisted)"]
        ).print(as: global.format)
    }
}
