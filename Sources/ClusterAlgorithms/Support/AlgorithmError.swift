import ClusterGraph

/// Why an algorithm could not run on a graph, worded for the person at the terminal.
public enum AlgorithmError: UserFacingError, Equatable {
    /// A link weight the algorithm cannot use (negative, or not finite).
    case invalidWeight(algorithm: String, source: String, target: String, weight: Double, requirement: String)
    /// An option outside its range.
    case invalidOption(name: String, value: String, requirement: String)
    /// A node key that is not in the graph.
    case unknownNode(key: String)

    public var description: String {
        switch self {
        case let .invalidWeight(algorithm, source, target, weight, requirement):
            return "\(algorithm) cannot use the link \(source) -> \(target) with weight \(weight): \(requirement). "
                + "Fix or drop that link (for example with a --kind filter) and run again."
        case let .invalidOption(name, value, requirement):
            return "The option \(name) = \(value) is not allowed: \(requirement)."
        case let .unknownNode(key):
            return "There is no node with key '\(key)' in the graph; check the key with `clusternet nodes`."
        }
    }
}

extension AlgorithmError {
    /// An iterative method that did not settle within its iteration limit.
    static func noConvergence(_ algorithm: String, iterations: Int) -> AlgorithmError {
        .invalidOption(name: "iterations", value: "\(iterations)",
                       requirement: "\(algorithm) did not converge within \(iterations) iterations; "
                           + "the graph may lack a dominant eigenvector (try PageRank, or an undirected graph)")
    }
}
