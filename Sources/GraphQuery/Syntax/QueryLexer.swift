/// Splits query text into tokens: identifiers and keywords, numbers (decimal, `0x` hexadecimal,
/// `0o` octal, floats such as `.5` or `1e-3`), strings ('…' or "…" with backslash escapes and
/// `\uXXXX`), `$parameters`, `` `quoted` `` names (a doubled backtick is a backtick), symbols;
/// `//` and `/* */` comments are skipped.
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
            let (kind, next) = try token(at: index, after: tokens.last)
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

    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || ("0"..."9").contains(scalar)
    }

    private func isDigit(_ index: Int) -> Bool {
        index < scalars.count && ("0"..."9").contains(scalars[index])
    }

    private func token(at start: Int, after previous: QueryToken?) throws(QueryError) -> (QueryToken.Kind, Int) {
        let scalar = scalars[start]
        if Self.isIdentifierStart(scalar) {
            var end = start
            while end < scalars.count, Self.isIdentifierPart(scalars[end]) { end += 1 }
            return (.identifier(string(start, end)), end)
        }
        if ("0"..."9").contains(scalar) { return try number(at: start) }
        // `.5` is a number, but not right after a name or a closing bracket (`a.b`, `x[0].y`).
        if scalar == ".", isDigit(start + 1), !Self.endsOperand(previous) { return try number(at: start) }
        switch scalar {
        case "'", "\"": return try quoted(at: start)
        case "`":
            var name = ""
            var end = start + 1
            while end < scalars.count {
                if scalars[end] == "`" {
                    guard peek(end + 1) == "`" else { break }
                    end += 1
                }
                name.unicodeScalars.append(scalars[end])
                end += 1
            }
            guard end < scalars.count else { throw error("This `quoted name` is never closed; add a closing backtick.", at: start) }
            return (.quotedIdentifier(name), end + 1)
        case "$":
            var end = start + 1
            while end < scalars.count, Self.isIdentifierPart(scalars[end]) { end += 1 }
            guard end > start + 1 else { throw error("A parameter needs a name after '$', such as $sector.", at: start) }
            return (.parameter(string(start + 1, end)), end)
        default:
            break
        }
        let two = peek(start + 1).map { String(scalar) + String($0) }
        if let two, ["<>", "!=", "<=", ">=", "..", "=~"].contains(two) { return (.symbol(two), start + 2) }
        if "()[]{},.:|*=<>+-/%^;".unicodeScalars.contains(scalar) { return (.symbol(String(scalar)), start + 1) }
        throw error("The character '\(scalar)' has no meaning here.", at: start)
    }

    /// Whether a token ends an operand, so a following `.` is property access rather than a number.
    private static func endsOperand(_ token: QueryToken?) -> Bool {
        switch token?.kind {
        case .identifier(let word)?: return !QueryParser.reservedWords.contains(word.uppercased())
        case .quotedIdentifier?, .parameter?, .integer?, .decimal?, .string?: return true
        case .symbol(let symbol)?: return [")", "]", "}"].contains(symbol)
        default: return false
        }
    }

    private func string(_ start: Int, _ end: Int) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[start..<end])
        return result
    }

    private func number(at start: Int) throws(QueryError) -> (QueryToken.Kind, Int) {
        if scalars[start] == "0", let marker = peek(start + 1), marker == "x" || marker == "o" {
            return try radixNumber(at: start, radix: marker == "x" ? 16 : 8)
        }
        var end = start
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
        try requireSeparation(after: end)
        let text = string(start, end)
        if isDecimal {
            guard let value = Double(text), value.isFinite else {
                throw error("The number \(text) is too large for a float (the largest is about 1.8e308).", at: start)
            }
            return (.decimal(value), end)
        }
        return (.integer(UInt64(text)), end)
    }

    private func radixNumber(at start: Int, radix: Int) throws(QueryError) -> (QueryToken.Kind, Int) {
        var end = start + 2
        let digits = radix == 16 ? "0123456789abcdefABCDEF" : "01234567"
        while end < scalars.count, digits.unicodeScalars.contains(scalars[end]) { end += 1 }
        guard end > start + 2 else {
            throw error("A \(radix == 16 ? "hexadecimal number such as 0x1F" : "octal number such as 0o17") needs digits after '\(string(start, start + 2))'.", at: start)
        }
        try requireSeparation(after: end)
        return (.integer(UInt64(string(start + 2, end), radix: radix)), end)
    }

    private func requireSeparation(after end: Int) throws(QueryError) {
        if let next = peek(end), Self.isIdentifierPart(next) {
            throw error("A number cannot run into letters ('\(next)'); this is not a valid number.", at: end)
        }
    }

    private func quoted(at start: Int) throws(QueryError) -> (QueryToken.Kind, Int) {
        let quote = scalars[start]
        var result = String.UnicodeScalarView()
        var index = start + 1
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == quote { return (.string(String(result)), index + 1) }
            guard scalar == "\\" else {
                result.append(scalar)
                index += 1
                continue
            }
            guard let escaped = peek(index + 1) else { break }
            switch escaped {
            case "n": result.append("\n")
            case "t": result.append("\t")
            case "r": result.append("\r")
            case "b": result.append("\u{8}")
            case "f": result.append("\u{C}")
            case "\\", "'", "\"": result.append(escaped)
            case "u", "U":
                let width = escaped == "u" ? 4 : 8
                let hex = (index + 2..<min(index + 2 + width, scalars.count)).map { scalars[$0] }
                guard hex.count == width, let code = UInt32(String(String.UnicodeScalarView(hex)), radix: 16),
                      let unicode = Unicode.Scalar(code) else {
                    throw error("'\\\(escaped)' must be followed by \(width) hexadecimal digits naming a character, such as \\u00e9.", at: index)
                }
                result.append(unicode)
                index += width
            default: throw error("Unknown escape '\\\(escaped)' in a string; write '\\\\' for a backslash.", at: index)
            }
            index += 2
        }
        throw error("This string is never closed; add the closing \(quote).", at: start)
    }
}
