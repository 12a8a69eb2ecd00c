/// The addresses of the pages, diagrams and API, in one place so links and routes agree.
enum Paths {
    static func graph(_ graph: String) -> String { "/graphs/" + URLText.encoded(graph) }

    static func clusters(_ parameters: AssessmentParameters) -> String {
        graph(parameters.graph) + "/clusters" + URLText.query(parameters.queryItems)
    }

    static func cluster(_ parameters: AssessmentParameters, id: Int) -> String {
        graph(parameters.graph) + "/clusters/\(id)" + URLText.query(parameters.queryItems)
    }

    /// A diagram file: `base` is the page's path (`/graphs/G`, `/graphs/G/clusters`, …).
    static func diagram(_ base: String, format: String, query: [(String, String?)], download: Bool = false) -> String {
        base + "/diagram." + format + URLText.query(query + [("download", download ? "1" : nil)])
    }

    static func query(text: String?, graph: String?, parameters: [String]) -> String {
        "/query" + URLText.query([("graph", graph), ("q", text)] + parameters.map { ("param", $0) })
    }

    static func comparison(_ parameters: ComparisonParameters) -> String {
        "/compare" + URLText.query(parameters.queryItems)
    }

    static func apiGraph(_ graph: String) -> String { "/api" + self.graph(graph) }
}
