// Fuzzes the node-link JSON reader (`import json`): any bytes must give graph contents the store
// accepts or a user-facing error, never a crash; what it returns obeys the store's rules.
import FuzzDriver
import ClusterGraph
import Foundation
import GraphInterchange

runFuzzer { data, size in
    let bytes = bytes(data, size)
    if let contents = try? NodeLinkJSONReader.contents(bytes: bytes, fileName: "fuzz.json", graph: "g") {
        for node in contents.nodes { precondition(NodeKey.problem(node.key) == nil, "node keys are valid") }
        for link in contents.links {
            precondition(LinkWeight.problem(link.weight) == nil, "weights are finite and not negative")
            precondition(NodeKey.problem(link.source) == nil && NodeKey.problem(link.target) == nil, "link keys are valid")
        }
    }
    return 0
}
