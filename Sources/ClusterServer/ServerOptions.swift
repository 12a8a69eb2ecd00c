import ClusterGraph
import Foundation

/// How `clusternet serve` runs: which store, where it listens, who may ask, and the limits that
/// keep one request from holding the server.
///
/// ```swift
/// var options = ServerOptions(database: "demo-output/clusternet.sqlite")
/// options.port = 0   // any free port; the address is printed when the server runs
/// try options.validate()
/// ```
public struct ServerOptions: Sendable {
    /// The store, opened read-only.
    public var database: String
    public var host: String
    /// 0 picks a free port.
    public var port: Int
    /// The token every request must carry; required when ``host`` is not a loopback address.
    public var token: String?
    /// Seconds a query or analysis may take before the request is answered with 503.
    public var timeLimit: Double
    /// The largest request body accepted (a query and its parameters), in bytes.
    public var maxRequestBytes: Int
    /// Threads for blocking work (SQLite, analyses, Graphviz).
    public var workers: Int
    /// Roughly how many bytes of answers are kept between requests.
    public var cacheBytes: Int

    public init(database: String, host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, timeLimit: Double = 10,
                maxRequestBytes: Int = 256 * 1024, workers: Int = 4, cacheBytes: Int = 256 << 20) {
        self.database = database
        self.host = host
        self.port = port
        self.token = token
        self.timeLimit = timeLimit
        self.maxRequestBytes = maxRequestBytes
        self.workers = workers
        self.cacheBytes = cacheBytes
    }

    /// True for `localhost`, `127.x.y.z` and `::1`: only this machine can connect.
    public var isLoopback: Bool {
        let name = host.lowercased()
        return name == "localhost" || name == "::1" || name == "[::1]" || name.hasPrefix("127.")
    }

    /// - Throws: ``ServeError`` when the server would be open to others without a token, or the
    ///   store does not exist (serving never creates one).
    public func validate() throws {
        if !isLoopback, (token ?? "").isEmpty { throw ServeError.tokenRequired(host: host) }
        if let token, token.count < 16 { throw ServeError.weakToken(length: token.count) }
        guard timeLimit > 0, timeLimit.isFinite else { throw ServeError.invalid("the time limit must be a positive number of seconds") }
        guard (0...65_535).contains(port) else { throw ServeError.invalid("the port must be between 0 and 65535, not \(port)") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: database, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw ServeError.noDatabase(path: database)
        }
    }

    /// A random token of 32 hexadecimal digits, for `--token` when none is chosen.
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%08x", UInt32.random(in: .min ... .max, using: &generator)) }.joined()
    }
}

/// Why the server will not start.
public enum ServeError: UserFacingError, Equatable {
    case tokenRequired(host: String)
    case weakToken(length: Int)
    case noDatabase(path: String)
    case invalid(String)
    case cannotListen(address: String, reason: String)

    public var description: String {
        switch self {
        case .tokenRequired(let host):
            return "serving on \(host) lets other machines connect; give a token every request must carry with --token TOKEN "
                + "(or $CLUSTERNET_TOKEN), e.g. --token \(ServerOptions.randomToken())"
        case .weakToken(let length):
            return "the token has \(length) characters; use at least 16, e.g. --token \(ServerOptions.randomToken())"
        case .noDatabase(let path):
            return "there is no database at '\(path)'; serving never creates one: run `make demo` (or `clusternet import …`) first, or pass --db PATH"
        case .invalid(let message):
            return message
        case .cannotListen(let address, let reason):
            return "cannot serve at \(address): \(reason); choose another --port (or --host)"
        }
    }
}
