import Foundation

/// Addresses as the pages write them and as requests bring them: path segments and query strings
/// percent-encoded (a graph name such as `fi2014/Uusimaa` is one segment, `fi2014%2FUusimaa`),
/// form values decoded as browsers send them (`+` for a space).
enum URLText {
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// `text` as one path segment or query value: everything but unreserved characters encoded.
    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// A path segment from a request, decoded.
    static func decodedSegment(_ segment: String) -> String {
        segment.removingPercentEncoding ?? segment
    }

    /// `?name=value&…` for the pairs with a value, or empty when none has one.
    static func query(_ pairs: [(String, String?)]) -> String {
        let present = pairs.compactMap { name, value in value.map { encoded(name) + "=" + encoded($0) } }
        return present.isEmpty ? "" : "?" + present.joined(separator: "&")
    }
}

/// The parameters of a request's query string, in order, decoded as a browser's form sends them.
///
/// ```swift
/// let form = RequestForm(query: "q=MATCH+(n)+RETURN+n.key&param=k%3D17_18")
/// form["q"]               // "MATCH (n) RETURN n.key"
/// form.all("param")       // ["k=17_18"]
/// ```
struct RequestForm: Sendable {
    let pairs: [(name: String, value: String)]

    init(query: String?) {
        pairs = (query ?? "").split(separator: "&", omittingEmptySubsequences: true).map { part in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decoded(pieces[0]), pieces.count > 1 ? decoded(pieces[1]) : "")
        }
    }

    /// The first value of `name`, nil when absent or empty (an empty form field means "not given").
    subscript(name: String) -> String? {
        pairs.first { $0.name == name && !$0.value.isEmpty }?.value
    }

    /// Every non-empty value of `name`, in order.
    func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name && !$0.value.isEmpty }.map(\.value)
    }
}
