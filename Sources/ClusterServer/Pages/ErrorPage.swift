/// The page for a request that failed: what went wrong, and for an unknown graph the graphs that exist.
enum ErrorPage {
    static func html(_ error: ServerError, layout: Layout) -> HTML {
        var extra: HTML = .empty
        if case .unknownGraph(_, let names) = error, !names.isEmpty {
            let links: [HTML] = names.map { "<li><a href=\"\(Paths.graph($0))\">\($0)</a></li>" }
            extra = "<h3>Graphs in this store</h3><ul>\(links)</ul>"
        }
        let title = switch error.status.code {
        case 404: "Not found"
        case 401: "Token needed"
        case 503: "Time limit reached"
        default: "Cannot answer this request"
        }
        return layout.page(title: title, crumbs: [.init(title: "Graphs", href: "/")], """
            <div class="error-box"><h2>\(title)</h2><p>\(Fragments.prose(error.message))</p></div>\(extra)
            """)
    }
}
