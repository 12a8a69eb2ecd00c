/// Splits query text into tokens: identifiers and keywords, numbers, strings ('…' or "…" with
/// backslash escapes), `$parameters`, `` `quoted` `` names, symbols; `//` and `/* */` comments are skipped.
///
/// ```swift
/// let tokens = try QueryLexer(text: "MATCH (a)-->(b) RETURN b.key").tokens()
/// ```
/// - Complexity: O(n) in the length of the text.
struct QueryLexer {
    let text: String
    private let scalars: [Unicode.Scalar]

    init(text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
    }

    func tokens() throws(QueryError) -> [QueryToken] {
        var tokens: [QueryToken] = []
        var index = 0
        while true {
            index = skipSpaceAndComments(from: index)
            guard index < scalars.count else {
                tokens.append(QueryToken(kind: .end, offset: scalars.count, endOffset: scalars.count))
                return tokens
            }
            let (kind, next) = try token(at: index)
            tokens.append(QueryToken(kind: kind, offset: index, endOffset: next))
            index = next
        }
    }

    private func skipSpaceAndComments(from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
            } else if scalar == "/", peek(index + 1) == "/" {
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
            } else if scalar == "/", peek(index + 1) == "*" {
                index += 2
                while index < scalars.count, !(scalars[index] == "*" && peek(index + 1) == "/") { index += 1 }
                index = min(index + 2, scalars.count)
            } else {
                break
            }
        }
        return index
    }

    private func peek(_ index: Int) -> Unicode.Scalar? {
        index < scalars.count ? scalars[index] : nil
    }

    private func error(_ message: String, at offset: Int) -> QueryError {
        .syntax(message, at: QueryLocation(offset: offset, in: text))
    }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    private static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || ("0"..."9").contains(scalar)
    }

    private func token(at start: Int) throws(QueryError) -> (QueryToken.Kind, Int) {
        let scalar = scalars[start]
        if Self.isIdentifierStart(scalar) {
            var end = start
            while end < scalars.count, Self.isIdentifierPart(scalars[end]) { end += 1 }
            return (.identifier(string(start, end)), end)
        }
        if ("0"..."9").contains(scalar) { return try number(at: start) }
        switch scalar {
        case "'", "\"": return try quoted(at: start)
        case "`":
            // A doubled backtick inside stands for one (openCypher): `a``b` is the name a`b.
            var name = String.UnicodeScalarView(), end = start + 1
            while end < scalars.count, scalars[end] != "`" || peek(end + 1) == "`" {
                name.append(scalars[end])
                end += scalars[end] == "`" ? 2 : 1
            }
            guard end < scalars.count else { throw error("This `quoted name` is never closed; add a closing backtick.", at: start) }
            return (.quotedIdentifier(String(name)), end + 1)
        case "$":
            var end = start + 1
            while end < scalars.count, Self.isIdentifierPart(scalars[end]) { end += 1 }
            guard end > start + 1 else { throw error("A parameter needs a name after '$', such as $sector.", at: start) }
            return (.parameter(string(start + 1, end)), end)
        default:
            break
        }
        let two = peek(start + 1).map { String(scalar) + String($0) }
        if let two, ["<>", "!=", "<=", ">=", ".."].contains(two) { return (.symbol(two), start + 2) }
        if "()[]{},.:|*=<>+-/%^;".unicodeScalars.contains(scalar) { return (.symbol(String(scalar)), start + 1) }
        throw error("The character '\(scalar)' has no meaning here.", at: start)
    }

    private func string(_ start: Int, _ end: Int) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[start..<end])
        return result
    }

    private func number(at start: Int) throws(QueryError) -> (QueryToken.Kind, Int) {
        var end = start
        let isDigit: (Int) -> Bool = { index in index < scalars.count && ("0"..."9").contains(scalars[index]) }
        while isDigit(end) { end += 1 }
        var isDecimal = false
        // "1..3" is a range, not the decimal "1." followed by ".3".
        if peek(end) == ".", isDigit(end + 1) {
            isDecimal = true
            end += 1
            while isDigit(end) { end += 1 }
        }
        if peek(end) == "e" || peek(end) == "E" {
            var exponentEnd = end + 1
            if peek(exponentEnd) == "+" || peek(exponentEnd) == "-" { exponentEnd += 1 }
            if isDigit(exponentEnd) {
                isDecimal = true
                end = exponentEnd
                while isDigit(end) { end += 1 }
            }
        }
        if let next = peek(end), Self.isIdentifierStart(next) {
            throw error("A number cannot run into a name; put a space or an operator between them.", at: end)
        }
        let text = string(start, end)
        if isDecimal, let value = Double(text), value.isFinite { return (.decimal(value), end) }
        if !isDecimal, let value = Int64(text) { return (.integer(value), end) }
        throw error("The number \(text) is out of range.", at: start)
    }

    private func quoted(at start: Int) throws(QueryError) -> (QueryToken.Kind, Int) {
        let quote = scalars[start]
        var result = ""
        var index = start + 1
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == quote { return (.string(result), index + 1) }
            if scalar == "\\" {
                guard let escaped = peek(index + 1) else { break }
                switch escaped {
                case "n": result += "\n"
                case "t": result += "\t"
                case "r": result += "\r"
                case "\\", "'", "\"": result.unicodeScalars.append(escaped)
                default: throw error("Unknown escape '\\\(escaped)' in a string; write '\\\\' for a backslash.", at: index)
                }
                index += 2
            } else {
                result.unicodeScalars.append(scalar)
                index += 1
            }
        }
        throw error("This string is never closed; add the closing \(quote).", at: start)
    }
}
