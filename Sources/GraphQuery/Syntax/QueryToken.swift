/// One lexical unit of a query, with the scalar offsets where it starts and ends (for error
/// positions and for column names cut from the text as written).
struct QueryToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case identifier(String)        // also keywords; the parser compares case-insensitively
        case quotedIdentifier(String)  // `like this`: never a keyword
        /// An integer literal's magnitude (the sign is a separate `-`); nil beyond 2^64 - 1.
        case integer(UInt64?)
        case decimal(Double)
        case string(String)
        case parameter(String)
        case symbol(String)            // ( ) [ ] { } , . .. : | * = <> != < <= > >= =~ + - / % ^ ;
        case end
    }

    let kind: Kind
    let offset: Int
    let endOffset: Int

    /// How the token reads in an error message.
    var display: String {
        switch kind {
        case .identifier(let name): return "'\(name)'"
        case .quotedIdentifier(let name): return "`\(name)`"
        case .integer(let value): return value.map { "'\($0)'" } ?? "a number"
        case .decimal(let value): return "'\(value)'"
        case .string: return "a string"
        case .parameter(let name): return "'$\(name)'"
        case .symbol(let symbol): return "'\(symbol)'"
        case .end: return "the end of the query"
        }
    }
}
