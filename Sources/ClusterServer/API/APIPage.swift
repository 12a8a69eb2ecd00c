/// The page that lists the JSON API's addresses, for people finding their way to it.
enum APIPage {
    static func html(layout: Layout) -> HTML {
        let routes: [(String, String)] = [
            ("GET /api/graphs", "the stored graphs — clusternet graphs --format json"),
            ("GET /api/graphs/{graph}", "one graph's summary"),
            ("GET /api/graphs/{graph}/overview", "clusternet graphs --graph G --overview"),
            ("GET /api/graphs/{graph}/nodes?kind=&limit=", "clusternet nodes"),
            ("GET /api/graphs/{graph}/links?from=&to=&kind=&min-weight=&limit=", "clusternet links"),
            ("GET /api/graphs/{graph}/linkages", "clusternet linkages"),
            ("GET /api/graphs/{graph}/specialisation?measure=&region=&sector=&partition=&partition-graph=", "clusternet specialisation"),
            ("GET /api/graphs/{graph}/clusters?partition=&flows=&compare=&reference=&seed=&resolution=", "clusternet clusters"),
            ("GET /api/graphs/{graph}/models?partition=&cluster=&flows=", "clusternet models"),
            ("GET /api/compare?template=&graph=&graph=&earlier=&force=&reference=&include-local=", "clusternet compare"),
            ("POST /api/graphs/{graph}/query {\"query\", \"params\"}", "clusternet query --graph G"),
            ("POST /api/query {\"query\", \"params\"}", "clusternet query (every graph)"),
        ]
        let rows: [[HTML]] = routes.map { ["<code>\($0.0)</code>", "\($0.1)"] }
        return layout.page(title: "JSON API", crumbs: [.init(title: "Graphs", href: "/"), .init(title: "JSON API", href: nil)],
                           active: "api", """
            <h1>The JSON API</h1>
            <p class="lead">Every document is the one the command prints with <code>--format json</code>; query parameters take the \
            command's flag names. The OpenAPI description is at <a href="/api/openapi.json">/api/openapi.json</a>. \
            Errors are <code>{"error": message}</code> with the HTTP status; an unknown graph (404) lists the graphs that exist, \
            a query error (400) gives its line and column. With a token, send <code>Authorization: Bearer TOKEN</code>.</p>
            \(Fragments.table(["address", "same as"], rows: rows))
            <pre class="cli">curl -s http://127.0.0.1:8080/api/graphs/fi2014-strength/clusters?partition=clusters
            curl -s -X POST http://127.0.0.1:8080/api/graphs/fi2014/query -H 'Content-Type: application/json' \\
                 -d '{"query": "MATCH (s)-[r]->(p {key: $sector}) RETURN s.key, r.weight ORDER BY r.weight DESC LIMIT 5", "params": {"sector": "17_18"}}'</pre>
            """)
    }
}
