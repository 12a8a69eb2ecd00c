import ClusterGraph

/// `--kind` named a kind of link the graph does not have.
struct UnknownLinkKindError: UserFacingError {
    let graph: String
    /// The kinds asked for that have no link, sorted.
    let kinds: [String]
    /// The kinds the graph's links have, sorted.
    let stored: [String]

    var description: String {
        let asked = kinds.map { "'\($0)'" }.joined(separator: ", ")
        let plural = kinds.count == 1 ? "" : "s"
        guard !stored.isEmpty else { return "graph '\(graph)' has no links at all, so none of kind\(plural) \(asked); import links first" }
        let hint = kinds.contains { $0.contains(",") } ? "; give --kind once per kind (--kind supplies --kind io)" : ""
        return "graph '\(graph)' has no links of kind\(plural) \(asked); its links are of kind "
            + stored.map { "'\($0)'" }.joined(separator: ", ") + "; choose --kind among them or leave it out for every kind" + hint
    }
}
