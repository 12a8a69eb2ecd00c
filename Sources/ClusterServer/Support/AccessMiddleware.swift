import Foundation
import HTTPTypes
import Hummingbird

/// Who may ask, and how much: every request carries the token when one is set (as `Authorization:
/// Bearer TOKEN`, or the session cookie that opening `/?token=TOKEN` once sets); a server without a
/// token answers only requests addressed to this machine (so a web page elsewhere cannot reach it
/// through DNS rebinding); request bodies are cut at `maxRequestBytes`. Every response gets headers
/// that stop a browser running anything the page does not load itself.
struct AccessMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    static let cookieName = "clusternet_session"

    let token: String?
    let loopbackOnly: Bool
    let maxRequestBytes: Int
    let layout: Layout

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await checked(request, context: context, next: next)
        } catch let error as ServerError {
            response = Self.errorResponse(error, for: request, layout: layout)
        } catch let error as HTTPError {
            let serverError: ServerError = switch error.status {
            case .notFound: .notFound("There is no page at \(request.uri.path). Start from the list of graphs.")
            case .contentTooLarge: .tooLarge(limit: maxRequestBytes)
            default: .badRequest(error.body ?? "The request could not be read (\(error.status.code)).")
            }
            response = Self.errorResponse(serverError, for: request, layout: layout)
        }
        response.headers[.contentSecurityPolicy] = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        // Not among HTTPTypes' registered names, so named here.
        for (name, value) in [("Referrer-Policy", "no-referrer"), ("X-Frame-Options", "DENY")] {
            if let field = HTTPField.Name(name) { response.headers[field] = value }
        }
        return response
    }

    private func checked(_ request: Request, context: Context,
                         next: (Request, Context) async throws -> Response) async throws -> Response {
        if loopbackOnly, let host = request.head.authority, !Self.isLoopbackHost(host) {
            throw ServerError.foreignHost(host)
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxRequestBytes {
            throw ServerError.tooLarge(limit: maxRequestBytes)
        }
        guard let token else { return try await next(request, context) }
        if let offered = Self.bearer(request) ?? Self.cookie(request), Self.same(offered, token) {
            return try await next(request, context)
        }
        // Opening the printed link once: the token moves into an HttpOnly cookie and out of the address.
        let form = RequestForm(query: request.uri.query)
        if request.method == .get, let offered = form["token"], Self.same(offered, token) {
            let rest = form.pairs.filter { $0.name != "token" }.map { ($0.name, Optional($0.value)) }
            var response = Responses.redirect(to: request.uri.path + URLText.query(rest))
            response.headers[.setCookie] = "\(Self.cookieName)=\(URLText.encoded(token)); Path=/; HttpOnly; SameSite=Strict"
            return response
        }
        throw ServerError.unauthorized
    }

    /// An error as the page or the JSON the address asked for.
    static func errorResponse(_ error: ServerError, for request: Request, layout: Layout) -> Response {
        if request.uri.path.hasPrefix("/api/") { return Responses.jsonError(error) }
        return Responses.html(ErrorPage.html(error, layout: layout), status: error.status)
    }

    static func isLoopbackHost(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("[") { name = String(name.dropFirst().prefix { $0 != "]" }) } else if let colon = name.lastIndex(of: ":") {
            name = String(name[..<colon])
        }
        return name == "localhost" || name == "::1" || name.hasPrefix("127.")
    }

    private static func bearer(_ request: Request) -> String? {
        guard let value = request.headers[.authorization], value.lowercased().hasPrefix("bearer ") else { return nil }
        return String(value.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
    }

    private static func cookie(_ request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for part in header.split(separator: ";") {
                let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if pair.count == 2, pair[0] == cookieName { return String(pair[1]).removingPercentEncoding }
            }
        }
        return nil
    }

    /// Compares in time that does not depend on where the strings differ.
    private static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for index in 0..<max(x.count, y.count) {
            difference |= (index < x.count ? x[index] : 0) ^ (index < y.count ? y[index] : 0)
        }
        return difference == 0
    }
}

