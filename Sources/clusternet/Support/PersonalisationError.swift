import ClusterGraph

/// A `--personalise KEY=WEIGHT` entry, or the personalisation as a whole, that PageRank cannot use.
/// (Errors inside a `--personalisation` file are ``TabularText/TabularTextError``s at file:line:column.)
enum PersonalisationError: UserFacingError {
    /// Not of the form `key=weight`.
    case malformed(entry: String)
    /// The key is not a node of the graph.
    case unknownNode(key: String, graph: String, suggestions: [String])
    /// The weight is not a number PageRank can jump by.
    case invalidWeight(entry: String, problem: WeightProblem)
    /// The same key in two `--personalise` entries.
    case repeated(key: String)
    /// No node has a weight above 0.
    case allZero(graph: String)

    /// Why a weight field is refused, as a phrase that follows the weight in a message.
    enum WeightProblem: Error, CustomStringConvertible {
        case missing, notANumber, notFinite, negative

        var description: String {
            switch self {
            case .missing: "is missing"
            case .notANumber: "is not a number"
            case .notFinite: "is not a finite number"
            case .negative: "is negative"
            }
        }
    }

    var description: String {
        switch self {
        case .malformed(let entry):
            return "--personalise '\(entry)' is not of the form KEY=WEIGHT; write for example --personalise 17_18=2"
        case .unknownNode(let key, let graph, let suggestions):
            let hint = suggestions.isEmpty ? "" : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))? "
            return "--personalise names node '\(key)', which graph '\(graph)' does not have; "
                + "\(hint)list the keys with `clusternet nodes --graph \(graph)`"
        case .invalidWeight(let entry, let problem):
            return "--personalise '\(entry)': the weight \(problem); " + Self.weightRule
        case .repeated(let key):
            return "--personalise names node '\(key)' twice; give each node one weight"
        case .allZero(let graph):
            return "every personalisation weight for graph '\(graph)' is 0; give at least one node a positive weight"
        }
    }

    /// What a valid weight is, for every weight message.
    static let weightRule = "a personalisation weight is a plain number of 0 or more, such as 1 or 0.5"
}
