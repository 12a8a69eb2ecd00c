import GraphQuery
import ResultFormat

extension QueryResult {
    /// The JSON document of `query --format json`: `{"columns": [names], "rows": [[values]]}`, nodes
    /// and relationships whole (see ``ResultFormat/JSONValue/init(queryValue:)``).
    ///
    /// ```swift
    /// let result = try store.runQuery("MATCH (n) RETURN n.key LIMIT 2", graph: "fi2014")
    /// print(result.json().serialized())   // {"columns":["n.key"],"rows":[["01"],["02_03"]]}
    /// ```
    public func json() -> JSONValue {
        .object([
            ("columns", .strings(columns)),
            ("rows", .array(rows.map { .array($0.map(JSONValue.init(queryValue:))) })),
        ])
    }

    /// The result as a table: nodes by key, relationships as `source->target`, paths as keys joined by `->`.
    public func table() -> ResultTable {
        ResultTable(columns: columns, rows: rows.map { $0.map(JSONValue.init(cell:)) })
    }
}
