import ClusterGraph
import ClusterStore
import TestSupport

/// Input-output graphs with planted clusters, written to a fresh store.
///
/// Three blocks of four sectors (`a1`…`a4`, `b1`…, `c1`…) buy mostly from each other; `a4` also
/// sells a large share to block b (it supports two clusters). Sizes and exports scale per graph so
/// classes can change between "years".
struct Fixtures {
    let directory: TemporaryDirectory
    let store: LinkageStore

    init() throws {
        directory = try TemporaryDirectory()
        store = try LinkageStore(path: directory.path("store.sqlite"))
    }

    static let blocks = [["a1", "a2", "a3", "a4"], ["b1", "b2", "b3", "b4"], ["c1", "c2", "c3", "c4"]]
    static var keys: [String] { blocks.flatMap { $0 } }

    /// Writes graph `name`: blocks trade 100 between members, 1 across; `a4` sells 30 to each of
    /// block b. Block `exportingBlock` exports 60 % of its output with a world share that makes its
    /// RCA high; the others export 5 %. `drop` keys are left out.
    func writeGraph(_ name: String, scale: Double = 1, exportingBlock: Int = 0, drop: Set<String> = [],
                    context: GraphContext? = nil) throws {
        let keys = Self.keys.filter { !drop.contains($0) }
        var links: [LinkRecord] = []
        for source in keys {
            for target in keys where source != target {
                let together = Self.blocks.contains { $0.contains(source) && $0.contains(target) }
                var weight = together ? 100.0 : 1.0
                if source == "a4" && target.hasPrefix("b") { weight = 30 }
                links.append(LinkRecord(source: source, target: target, weight: weight * scale, kind: "io"))
            }
        }
        let nodes = keys.map { key -> NodeRecord in
            let block = Self.blocks.firstIndex { $0.contains(key) } ?? 0
            let output = 1_000 * scale * (key.hasSuffix("1") ? 3 : 1)
            let exports = output * (block == exportingBlock ? 0.6 : 0.05)
            return NodeRecord(key: key, label: "Sector \(key.uppercased())", attributes: [
                "output": .number(output), "exports": .number(exports),
                "world_exports": .number(exports * (block == exportingBlock ? 20 : 100)),
            ])
        }
        try store.writeGraph(GraphContents(name: name, isDirected: true, description: "", source: "fixture", nodes: nodes, links: links),
                             mode: .create)
        if let context { try store.setContext(context, of: name) }
    }
}
