import ClusterAssessment
import ClusterGraph
import ClusterStore
import ClusterWorkflows
import GraphQuery
import HTTPTypes
import InputOutput

/// Why a request failed, with the HTTP status it answers with. Errors from the libraries are
/// mapped by ``init(_:graphNames:)`` so pages and the API say the same thing the CLI says.
enum ServerError: Error, Sendable, Equatable {
    /// No graph of that name; `names` are the graphs that exist.
    case unknownGraph(String, names: [String])
    /// A page, cluster or template that does not exist.
    case notFound(String)
    /// A parameter or query the request got wrong; `location` for a query's syntax error.
    case badRequest(String, location: QueryLocation? = nil)
    case timeLimit(seconds: Double)
    case tooLarge(limit: Int)
    case unauthorized
    /// The Host header names another machine while no token protects the server.
    case foreignHost(String)

    var status: HTTPResponse.Status {
        switch self {
        case .unknownGraph, .notFound: .notFound
        case .badRequest: .badRequest
        case .timeLimit: .serviceUnavailable
        case .tooLarge: .contentTooLarge
        case .unauthorized: .unauthorized
        case .foreignHost: .forbidden
        }
    }

    var message: String {
        switch self {
        case .unknownGraph(let name, let names):
            guard !names.isEmpty else { return "There is no graph named '\(name)': the store has no graphs yet." }
            let close = NameSuggestions.closest(to: name, among: names).map { "'\($0)'" }
            return "There is no graph named '\(name)'" + (close.isEmpty ? "." : "; did you mean \(close.joined(separator: " or "))?")
                + " The store has \(names.count == 1 ? "one graph" : "\(names.count) graphs"): \(names.prefix(8).joined(separator: ", "))\(names.count > 8 ? ", …" : "")."
        case .notFound(let message), .badRequest(let message, _):
            return message
        case .timeLimit(let seconds):
            return "The request took longer than the server's time limit of \(Self.seconds(seconds)) and was stopped. "
                + "Narrow it (a LIMIT, a shorter *1..N range, a smaller graph), or run it with the command line shown, which has no limit."
        case .tooLarge(let limit):
            return "The request is larger than the server accepts (\(limit / 1024) KB)."
        case .unauthorized:
            return "This ClusterNet server needs its token: open the link it printed when it started, "
                + "or send the header Authorization: Bearer TOKEN."
        case .foreignHost(let host):
            return "This ClusterNet server answers on this machine only, not as '\(host)'. "
                + "To serve others, start it with --host and --token."
        }
    }

    /// The library error as a request error: unknown graphs list what exists, query errors keep
    /// their position, everything a user can fix is a bad request.
    init(_ error: any Error, graphNames: () -> [String]) {
        switch error {
        case let error as ServerError:
            self = error
        case let error as StoreError:
            switch error {
            case .unknownGraph(let name, _): self = .unknownGraph(name, names: graphNames())
            case .unknownResult: self = .notFound(error.description)
            default: self = .badRequest(error.description)
            }
        case let error as QueryError:
            switch error {
            case .syntax(_, let location), .invalid(_, let location), .unsupported(_, let location):
                self = .badRequest(error.description, location: location)
            case .unknownName(_, let location): self = .badRequest(error.description, location: location)
            // The engine's own clock (work outside SQLite) stops a query as the interrupt does.
            case .timeout(let seconds): self = .timeLimit(seconds: seconds)
            case .parameter, .type, .argument, .arithmetic, .tooDeep, .database: self = .badRequest(error.description)
            }
        case let error as AssessmentError:
            if case .unknownCluster = error { self = .notFound(error.description) } else { self = .badRequest(error.description) }
        case let error as TemplateError:
            if case .unknownTemplate = error { self = .notFound(error.description) } else { self = .badRequest(error.description) }
        case let error as ComparisonError:
            // The command's --force, as an address spells it.
            guard case .incomparable = error else { self = .badRequest(error.description); return }
            self = .badRequest(error.description + "; add force=1 to compare them anyway.")
        case let error as any UserFacingError:
            self = .badRequest(error.description)
        default:
            self = .badRequest(String(describing: error))
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
