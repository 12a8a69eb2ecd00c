import ClusterStore
import Foundation
import Hummingbird
import Logging
import ResultFormat

/// The web page and JSON API of `clusternet serve` over one store, read-only.
///
/// Pages and API answer through the same library calls as the CLI (the assessment pipeline, the
/// query engine, the renderer), and every page names the command line that gives its answer.
///
/// ```swift
/// let server = try ClusterWebServer(options: ServerOptions(database: "demo-output/clusternet.sqlite"))
/// try await server.run { address in print("Open \(address)") }
/// ```
public struct ClusterWebServer: Sendable {
    public let options: ServerOptions
    let store: LinkageStore
    let pool: WorkPool
    let limit: TimeLimit
    let cache: AnswerCache
    let storeRevision: StoreRevision
    let shipped: ShippedSettings
    let layout: Layout

    /// Checks the options and opens the store.
    /// - Throws: ``ServeError`` for options that would be unsafe or a store that does not exist,
    ///   the store's errors for a file that is not a ClusterNet database.
    public init(options: ServerOptions) throws {
        try options.validate()
        self.options = options
        store = try LinkageStore(path: options.database)
        pool = WorkPool(width: options.workers)
        limit = TimeLimit(seconds: options.timeLimit)
        cache = AnswerCache(capacity: options.cacheBytes)
        storeRevision = StoreRevision(store: store)
        shipped = ShippedSettings.load()
        layout = Layout(database: options.database)
    }

    /// The application: router, limits and access checks, listening where the options say.
    /// `onReady` gets the address to open once the server listens (with the token, when one is set).
    public func application(onReady: @escaping @Sendable (String) -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = Logger(label: "clusternet.serve")
        logger.logLevel = .warning
        let token = options.token
        return Application(
            router: router(),
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port), serverName: "ClusterNet"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                onReady(Self.address(host: channel.localAddress?.ipAddress ?? "127.0.0.1", port: port, token: token))
            },
            logger: logger)
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests in flight and returns. Once it
    /// listens, it fills the cache with the first pages a visitor opens (see ``warmUp(graphLimit:)``).
    /// - Throws: ``ServeError/cannotListen(address:reason:)`` when the address is taken or not this machine's.
    public func run(onReady: @escaping @Sendable (String) -> Void) async throws {
        do {
            let application = application { address in
                onReady(address)
                Task(priority: .background) { await self.warmUp() }
            }
            try await application.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        } catch {
            throw ServeError.cannotListen(address: "\(options.host):\(options.port)", reason: String(describing: error))
        }
    }

    /// `http://HOST:PORT/`, with `?token=` when one is needed: opening it once sets the session cookie.
    static func address(host: String, port: Int, token: String?) -> String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "http://\(shownHost):\(port)/" + (token.map { "?token=" + URLText.encoded($0) } ?? "")
    }

    /// Every route: pages, diagrams, the JSON API and the static files, behind the access checks.
    func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessMiddleware(token: options.token, loopbackOnly: options.isLoopback && options.token == nil,
                                                maxRequestBytes: options.maxRequestBytes, layout: layout))
        addStaticRoutes(to: router)
        addPageRoutes(to: router)
        addDiagramRoutes(to: router)
        addAPIRoutes(to: router)
        return router
    }

    private func addStaticRoutes(to router: Router<BasicRequestContext>) {
        router.get("/static/clusternet.css") { _, _ in
            Responses.text(StaticFiles.stylesheet, contentType: "text/css; charset=utf-8", cacheSeconds: 3_600)
        }
        router.get("/static/clusternet.js") { _, _ in
            Responses.text(StaticFiles.script, contentType: "text/javascript; charset=utf-8", cacheSeconds: 3_600)
        }
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
    }
}
