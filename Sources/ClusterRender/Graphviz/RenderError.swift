import ClusterGraph
import Foundation

/// Why a diagram could not be drawn or written.
public enum RenderError: UserFacingError, Equatable {
    /// Graphviz could not read the generated DOT document (a bug in ClusterRender, not the input).
    case unreadableDocument(message: String)
    /// The layout or rendering step failed inside Graphviz.
    case graphvizFailed(step: String, engine: LayoutEngine, format: RenderFormat, message: String)
    /// The Graphviz context could not start (plugins missing).
    case contextUnavailable
    /// A lead firm named for a pyramid is not a node of the graph.
    case unknownLead(key: String)

    public var description: String {
        switch self {
        case .unreadableDocument(let message):
            return "Graphviz could not read the diagram ClusterRender generated (\(Self.trimmed(message))); please report this as a bug with the command you ran."
        case .graphvizFailed(let step, let engine, let format, let message):
            return "Graphviz failed to \(step) the diagram with engine '\(engine.rawValue)' as \(format.rawValue.uppercased())\(message.isEmpty ? "" : " (\(Self.trimmed(message)))"); try another --engine, or --format dot to inspect the document."
        case .contextUnavailable:
            return "Graphviz could not start: its plugins were not found; install Graphviz (Debian: apt-get install graphviz libgraphviz-dev) and run `dot -c` as root."
        case .unknownLead(let key):
            return "The lead firm '\(key)' is not a node of this graph; name an existing node key (see `clusternet nodes`)."
        }
    }

    private static func trimmed(_ message: String) -> String {
        message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
