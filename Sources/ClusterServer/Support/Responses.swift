import Hummingbird
import ResultFormat

/// Responses as the server writes them: pages, JSON documents, downloads and errors, each with
/// the headers that keep a browser from reading them as anything else.
enum Responses {
    static func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        text(page.text, contentType: "text/html; charset=utf-8", status: status)
    }

    static let jsonType = "application/json; charset=utf-8"

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        text(value.serialized(pretty: false) + "\n", contentType: jsonType, status: status)
    }

    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok, cacheSeconds: Int? = nil) -> Response {
        var headers: HTTPFields = [.contentType: contentType]
        headers[.cacheControl] = cacheSeconds.map { "private, max-age=\($0)" } ?? "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A file to save: `attachment` with its name when `download`, else shown in place.
    static func file(_ bytes: [UInt8], contentType: String, name: String, download: Bool) -> Response {
        var headers: HTTPFields = [.contentType: contentType, .cacheControl: "no-store"]
        let safeName = String(name.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "-" })
        headers[.contentDisposition] = "\(download ? "attachment" : "inline"); filename=\"\(safeName)\""
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
    }

    /// The error as a JSON document: `{"error": message}`, plus `"graphs"` (the names that exist) for
    /// an unknown graph and `"line"`, `"column"` for a query error.
    static func jsonError(_ error: ServerError) -> Response {
        var fields: [(String, JSONValue)] = [("error", .string(error.message))]
        switch error {
        case .unknownGraph(_, let names): fields.append(("graphs", .strings(names)))
        case .badRequest(_, let location?): fields += [("line", .number(location.line)), ("column", .number(location.column))]
        default: break
        }
        return json(.object(fields), status: error.status)
    }
}
