import ClusterGraph

/// Why an input-output graph cannot be analysed: each case names the graph and the sector, and
/// says what to check in the data.
public enum LinkageAnalysisError: UserFacingError, Equatable {
    /// No sector carries the size attribute (usually `output`).
    case missingAttribute(graph: String, attribute: String)
    /// Some sectors have the attribute, this one does not.
    case missingValue(graph: String, sector: String, attribute: String)
    /// A sector with zero (or negative) output that still buys or sells intermediate goods.
    case zeroOutputWithFlows(graph: String, sector: String, output: Double)
    /// Technical coefficients of a column add up to 1 or more: the sector uses more
    /// intermediate inputs than it produces, and (I − A) has no economically meaningful inverse.
    case unproductiveColumn(graph: String, sector: String, columnSum: Double)
    /// (I − A) is singular or too ill-conditioned to invert; `sector` is where the
    /// factorisation broke down, when known.
    case singular(graph: String, sector: String?)
    /// LAPACKE, which inverts the Leontief matrix, could not be loaded.
    case linearAlgebraUnavailable(reason: String)
    /// No sector is left after dropping empty ones.
    case noSectors(graph: String)
    /// The graph has no links of kind `io`.
    case noFlows(graph: String)

    public var description: String {
        switch self {
        case let .missingAttribute(graph, attribute):
            return "Graph '\(graph)' has no sector attribute '\(attribute)'; import the table with `clusternet import io` "
                + "or add the attribute with `clusternet import nodes`."
        case let .missingValue(graph, sector, attribute):
            return "Sector '\(sector)' of graph '\(graph)' has no value for '\(attribute)'; add it to the sector "
                + "(for example with `clusternet import nodes`)."
        case let .zeroOutputWithFlows(graph, sector, output):
            return "Sector '\(sector)' of graph '\(graph)' has output \(output) but buys or sells intermediate goods, "
                + "so its coefficients cannot be computed; check the sector's output and flows."
        case let .unproductiveColumn(graph, sector, columnSum):
            return "Sector '\(sector)' of graph '\(graph)' uses intermediate inputs worth \(Self.rounded(columnSum)) "
                + "times its output (technical coefficients sum to 1 or more), so the Leontief inverse does not exist; "
                + "check the sector's output and the flows into it."
        case let .singular(graph, sector?):
            return "The Leontief matrix (I - A) of graph '\(graph)' is singular at sector '\(sector)' and cannot be "
                + "inverted; check that sector's flows and output."
        case let .singular(graph, nil):
            return "The Leontief matrix (I - A) of graph '\(graph)' is too close to singular to invert reliably; "
                + "check for sectors whose inputs nearly equal their output."
        case let .linearAlgebraUnavailable(reason):
            return "The Leontief inverse needs LAPACKE (and OpenBLAS, for speed), which could not be loaded (\(reason)); "
                + "on Debian install both with `apt-get install -y libopenblas0 liblapacke`."
        case let .noFlows(graph):
            return "Graph '\(graph)' has no links of kind 'io' (intermediate flows z_ij); import an input-output "
                + "table with `clusternet import io`, or links with a kind column set to io."
        case let .noSectors(graph):
            return "Graph '\(graph)' has no sector with output or flows to analyse; import an input-output table "
                + "with `clusternet import io`."
        }
    }

    private static func rounded(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded() / 10_000
        return "\(scaled)"
    }
}
