import GraphQuery

/// The query page: a Cypher box, the graph to ask, parameters, and the answer as a table — or the
/// error with a caret under the place in the query.
struct QueryPage {
    let text: String?
    let graph: String?
    /// `name=value` lines, as `--param` takes them.
    let parameters: [String]
    let graphNames: [String]
    let outcome: Result<QueryResult, ServerError>?

    static let rowLimit = 1_000

    func html(layout: Layout) -> HTML {
        let choices: [HTML] = [HTML("<option value=\"\">every graph</option>")] + graphNames.map { name in
            "<option value=\"\(name)\"\(name == graph ? HTML(" selected") : "")>\(name)</option>"
        }
        var commands: [[String]] = []
        if let text {
            commands.append(["query", text] + (graph.map { ["--graph", $0] } ?? []) + parameters.flatMap { ["--param", $0] })
        }
        return layout.page(
            title: "Query", crumbs: [.init(title: "Graphs", href: "/"), .init(title: "Query", href: nil)],
            commands: commands, json: nil, active: "query", """
            <h1>Ask the graphs</h1>
            <p class="lead">A read-only subset of openCypher, the language of Neo4j: labels are node kinds, relationship types \
            are link kinds, a link points the way goods flow. Parameters are bound, never pasted into the query. \
            See Docs/query-language.md for what is supported.</p>
            <form class="query" method="get" action="/query">
            <label for="q" class="muted">Query (Ctrl+Enter runs it)</label>
            <textarea id="q" name="q" rows="6" spellcheck="false" placeholder="MATCH (s)-[r]->(t) RETURN s.key, t.key, r.weight ORDER BY r.weight DESC LIMIT 10">\(text ?? "")</textarea>
            <div class="row">
            <label>graph<select name="graph">\(choices)</select></label>
            <label>parameters, one name=value per line<textarea name="params" rows="2" cols="36" spellcheck="false" placeholder="sector=17_18">\(parameters.joined(separator: "\n"))</textarea></label>
            <button class="primary" type="submit">Run</button>
            </div>
            </form>
            \(answer)
            \(examples)
            """)
    }

    private var answer: HTML {
        switch outcome {
        case nil:
            return .empty
        case .failure(let error):
            return """
                <div class="error-box" id="query-error"><h2>The query cannot run</h2><pre class="error">\(error.message)</pre></div>
                """
        case .success(let result):
            let shown = result.rows.prefix(Self.rowLimit)
            let numeric = Set(result.columns.indices.filter { column in
                !shown.isEmpty && shown.allSatisfy { row in
                    switch row[column] {
                    case .integer, .float, .null: return true
                    default: return false
                    }
                }
            })
            let rows: [[HTML]] = shown.map { row in row.map { "\(Formatting.cell($0))" } }
            let count = result.rows.count
            let caption: HTML = count > Self.rowLimit
                ? "\(count) rows; the first \(Self.rowLimit) are shown (the command line and the JSON API give them all)."
                : "\(count) \(count == 1 ? "row" : "rows")."
            return "<h2>Answer</h2>" + Fragments.table(result.columns, numeric: numeric, rows: rows, caption: caption, id: "results")
        }
    }

    private var examples: HTML {
        let samples = [
            ("The ten heaviest links", "MATCH (s)-[r]->(t) WHERE s <> t\nRETURN s.key AS source, s.label AS seller, t.key AS target, t.label AS buyer, r.weight AS flow\nORDER BY flow DESC LIMIT 10"),
            ("Who supplies a sector (give sector=KEY)", "MATCH (s)-[r]->(p {key: $sector}) WHERE s <> p\nRETURN s.key AS supplier, s.label AS name, r.weight AS flow\nORDER BY flow DESC LIMIT 10"),
            ("Nodes of each kind", "MATCH (n) RETURN label(n) AS kind, count(*) AS nodes ORDER BY nodes DESC"),
        ]
        let items: [HTML] = samples.map { title, query in
            let parameters = query.contains("$sector") ? ["sector=" + (parameters.first { $0.hasPrefix("sector=") }?.dropFirst(7).description ?? "17_18")] : []
            return "<li><a href=\"\(Paths.query(text: query, graph: graph, parameters: parameters))\">\(title)</a></li>"
        }
        return "<h2>Examples</h2><ul>\(items)</ul>"
    }
}
