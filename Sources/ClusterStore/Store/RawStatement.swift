import ClusterGraph
import GRDB
import GRDBSQLite

/// A prepared statement stepped through SQLite's C API, for the loops that touch millions of
/// rows (bulk inserts, graph snapshots) where building GRDB argument arrays and rows per call
/// would dominate the time.
///
/// ```swift
/// let insert = try RawStatement(db, sql: "INSERT INTO link VALUES (?, ?, ?, ?, ?)")
/// insert.bind(1, graphId); …
/// try insert.run()
/// ```
struct RawStatement {
    /// Kept so GRDB owns (and finalizes) the underlying handle.
    private let statement: Statement
    private let db: Database
    private var handle: SQLiteStatement { statement.sqliteStatement }

    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    init(_ db: Database, sql: String) throws {
        self.db = db
        self.statement = try db.makeStatement(sql: sql)
    }

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }
    func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(handle, index, Int64(value)) }
    func bind(_ index: Int32, _ value: Double) { sqlite3_bind_double(handle, index, value) }
    /// Binds text in the store's one spelling (``StoredText``, NFC) with its byte length, so a
    /// NUL inside can never cut it short.
    func bind(_ index: Int32, _ value: String) {
        let text = StoredText.normalised(value)
        text.withCString { sqlite3_bind_text(handle, index, $0, Int32(text.utf8.count), Self.transient) }
    }
    func bindNull(_ index: Int32) { sqlite3_bind_null(handle, index) }

    /// Binds a NUL-terminated string without copying it: it must stay unchanged and allocated
    /// until the statement is bound again or finalized.
    func bindStatic(_ index: Int32, _ text: UnsafePointer<CChar>) { sqlite3_bind_text(handle, index, text, -1, nil) }

    func bind(_ index: Int32, _ value: String?) {
        if let value { bind(index, value) } else { bindNull(index) }
    }

    /// Executes a statement that returns no rows with the bound values, then resets it for reuse.
    func run() throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        if code != SQLITE_DONE && code != SQLITE_ROW { throw error(code) }
    }

    /// Steps a query: true while there is a row to read with the `column` accessors.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        sqlite3_reset(handle)
        if code == SQLITE_DONE { return false }
        throw error(code)
    }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
    func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }
    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    /// Calls `body` with the UTF-8 of a text column (empty for NULL), valid only inside `body`.
    func withText<Result>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let bytes = sqlite3_column_text(handle, column)
        return body(UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : Int(sqlite3_column_bytes(handle, column))))
    }

    /// Binds text given as UTF-8 (SQLite copies it).
    func bind(_ index: Int32, _ utf8: UnsafeBufferPointer<UInt8>) {
        guard let start = utf8.baseAddress, !utf8.isEmpty else { return bind(index, "") }
        start.withMemoryRebound(to: CChar.self, capacity: utf8.count) { text in
            _ = sqlite3_bind_text(handle, index, text, Int32(utf8.count), Self.transient)
        }
    }

    func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// A stored attribute value: INTEGER, REAL and TEXT as themselves, a BLOB as the JSON text of
    /// a boolean or list (``AttributeValue/jsonText``); nil for NULL or an unreadable BLOB.
    func attributeValue(_ column: Int32) -> AttributeValue? {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(int64(column))
        case SQLITE_FLOAT: return .number(double(column))
        case SQLITE_TEXT: return text(column).map(AttributeValue.text)
        case SQLITE_BLOB:
            guard let bytes = sqlite3_column_blob(handle, column) else { return nil }
            let count = Int(sqlite3_column_bytes(handle, column))
            return AttributeValue(jsonText: Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default: return nil
        }
    }

    func bind(_ index: Int32, _ value: AttributeValue) {
        switch value {
        case .number(let number): bind(index, number)
        case .integer(let number): bind(index, number)
        case .text(let string): bind(index, string)
        case .boolean, .list:
            let bytes = Array(value.jsonText.utf8)
            sqlite3_bind_blob(handle, index, bytes, Int32(bytes.count), Self.transient)
        }
    }

    /// A text column's UTF-8 bytes in SQLite's own buffer, valid until the next step or reset;
    /// nil for NULL. Streams hand these to writers without making a `String`.
    func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        return UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column)))
    }

    /// Binds text given as UTF-8 bytes (SQLite copies them).
    func bind(_ index: Int32, bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return bind(index, "") }
        base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            _ = sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Self.transient)
        }
    }

    /// Binds a list of values to the statement's parameters in order.
    func bind(_ arguments: StatementArguments) throws {
        try statement.setArguments(arguments)
    }

    private func error(_ code: Int32) -> DatabaseError {
        let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
}
