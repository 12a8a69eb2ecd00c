// Fuzzes the query language through its public API: parse, compile against a small store, run.
// Any text must give a result or a QueryError, never a crash.
import FuzzDriver
import ClusterGraph
import ClusterStore
import Foundation
import GraphQuery

/// A store with one small graph, made once per fuzzing process.
let store: LinkageStore = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clusternet-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    do {
        let store = try LinkageStore(path: folder.appendingPathComponent("fuzz.sqlite").path)
        let keys = ["a", "b", "c", "d", "é"]
        let nodes = keys.enumerated().map { index, key in
            NodeRecord(key: key, label: key.uppercased(), kind: index % 2 == 0 ? "sector" : "firm",
                       attributes: ["output": .number(Double(index * 10)), "region": .text(index < 3 ? "north" : "south")])
        }
        var links: [LinkRecord] = []
        for (i, source) in keys.enumerated() {
            for (j, target) in keys.enumerated() where (i + j) % 3 != 0 {
                links.append(LinkRecord(source: source, target: target, weight: Double(i + j), kind: i < j ? "io" : "supplies"))
            }
        }
        try store.writeGraph(GraphContents(name: "g", isDirected: true, nodes: nodes, links: links), mode: .replace)
        return store
    } catch {
        fatalError("cannot set up the fuzzing store: \(error)")
    }
}()
let parameters: [String: QueryValue] = ["k": .string("a"), "n": .integer(2), "list": .list([.string("a"), .float(1.5)])]

runFuzzer { data, size in
    let text = String(decoding: bytes(data, size), as: UTF8.self)
    _ = try? CypherQuery.checkSyntax(text)
    _ = try? store.compiledQuery(text, graph: "g", parameters: parameters)
    _ = try? store.runQuery(text, graph: "g", parameters: parameters)
    _ = try? store.runQuery(text, graph: nil, parameters: parameters)
    return 0
}
