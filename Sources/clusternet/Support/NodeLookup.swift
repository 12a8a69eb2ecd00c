import ClusterGraph
import ClusterStore

/// A node key the graph does not have, with close keys as suggestions.
struct UnknownNodeError: UserFacingError {
    let graph: String
    let key: String
    let suggestions: [String]

    var description: String {
        let hint = suggestions.isEmpty ? "" : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))? "
        return "graph '\(graph)' has no node '\(key)'; \(hint)list the keys with `clusternet nodes --graph \(graph)`"
    }
}

extension LinkageGraph {
    /// The index of the node with `key`, or an error suggesting similar keys.
    func requireIndex(of key: String, graph: String) throws -> Int {
        if let index = index(of: key) { return index }
        throw UnknownNodeError(graph: graph, key: key, suggestions: NameSuggestions.closest(to: key, among: keys))
    }
}
