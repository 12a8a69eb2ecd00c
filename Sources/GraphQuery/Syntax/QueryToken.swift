/// One lexical unit of a query, with the scalar offset where it starts (for error positions).
struct QueryToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case identifier(String)        // also keywords; the parser compares case-insensitively
        case quotedIdentifier(String)  // `like this`: never a keyword
        case integer(Int64)
        case decimal(Double)
        case string(String)
        case parameter(String)
        case symbol(String)            // ( ) [ ] { } , . .. : | * = <> != < <= > >= + - / % ^ $
        case end
    }

    let kind: Kind
    let offset: Int
    /// Offset just past the token, so source text of an expression can be cut out for column names.
    let endOffset: Int

    /// How the token reads in an error message.
    var display: String {
        switch kind {
        case .identifier(let name): return "'\(name)'"
        case .quotedIdentifier(let name): return "`\(name)`"
        case .integer(let value): return "'\(value)'"
        case .decimal(let value): return "'\(value)'"
        case .string: return "a string"
        case .parameter(let name): return "'$\(name)'"
        case .symbol(let symbol): return "'\(symbol)'"
        case .end: return "the end of the query"
        }
    }
}
