import ClusterGraph
import Foundation

/// A test graph and its golden values from `Tools/golden/algorithms.py` (networkx and igraph).
struct GoldenGraph {
    let graph: LinkageGraph
    let values: [String: Any]

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Loads `Golden/<name>.csv` (source,target,weight) and `Golden/<name>.json`.
    init(_ name: String) throws {
        let json = try Data(contentsOf: Self.directory.appendingPathComponent(name + ".json"))
        values = try JSONSerialization.jsonObject(with: json) as? [String: Any] ?? [:]
        var builder = LinkageGraphBuilder(directed: values["directed"] as? Bool ?? false)
        let text = try String(contentsOf: Self.directory.appendingPathComponent(name + ".csv"), encoding: .utf8)
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",").map(String.init)
            builder.addLink(from: fields[0], to: fields[1], weight: Double(fields[2]) ?? .nan)
        }
        graph = builder.build()
    }

    /// A golden per-node map (`{key: number}`) as an array indexed by node.
    func scores(_ name: String) -> [Double] {
        let map = values[name] as? [String: Double] ?? [:]
        return graph.keys.map { map[$0] ?? .nan }
    }

    /// Golden components as sorted key lists, sorted.
    func components(_ name: String) -> [[String]] {
        (values[name] as? [[String]] ?? []).map { $0.sorted(by: Partition.keyPrecedes) }
            .sorted { Partition.keyPrecedes($0[0], $1[0]) }
    }

    func number(_ name: String) -> Double { values[name] as? Double ?? .nan }

    static let all = ["karate", "weighted-directed", "weighted-undirected"]
}

/// The largest absolute difference between two equally long arrays.
func maximumDifference(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count)
    return zip(a, b).map { abs($0 - $1) }.max() ?? 0
}
