import ClusterRender
import ResultFormat

/// The frame every page shares: title, navigation, breadcrumbs, the content, and at the foot the
/// command lines that give the same answer and the JSON behind the page.
struct Layout: Sendable {
    /// The store's path as the server was given it, for the command lines.
    let database: String

    struct Crumb: Sendable {
        let title: String
        let href: String?
    }

    func page(title: String, crumbs: [Crumb] = [], commands: [[String]] = [], json: String? = nil,
              active: String = "graphs", _ content: HTML) -> HTML {
        let trail: [HTML] = crumbs.enumerated().map { index, crumb in
            let separator: HTML = index == 0 ? "" : "<span class=\"sep\">›</span>"
            if let href = crumb.href { return "\(separator)<a href=\"\(href)\">\(crumb.title)</a>" }
            return "\(separator)<span aria-current=\"page\">\(crumb.title)</span>"
        }
        let nav: HTML = """
            <nav class="top"><a class="brand" href="/">ClusterNet</a>\
            <a href="/"\(active == "graphs" ? HTML(" class=\"on\"") : "")>Graphs</a>\
            <a href="/query"\(active == "query" ? HTML(" class=\"on\"") : "")>Query</a>\
            <a href="/api"\(active == "api" ? HTML(" class=\"on\"") : "")>JSON API</a>\
            <span class="store" title="the store this server reads">\(database)</span></nav>
            """
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · ClusterNet</title>
            <link rel="stylesheet" href="/static/clusternet.css">
            <script src="/static/clusternet.js" defer></script>
            </head><body>
            \(nav)
            <main>
            \(trail.isEmpty ? HTML.empty : "<p class=\"crumbs\">\(trail)</p>")
            \(content)
            \(footer(commands: commands, json: json))
            </main></body></html>
            """
    }

    /// The command lines that give the same answer, with the store named as given to `serve`.
    private func footer(commands: [[String]], json: String?) -> HTML {
        guard !commands.isEmpty || json != nil else { return .empty }
        let lines = commands.map { arguments in ShellCommand.line(["clusternet"] + arguments + ["--db", database]) }
        let jsonLink: HTML = json.map { "<p class=\"json\">The same as JSON: <a href=\"\($0)\">\($0)</a></p>" } ?? .empty
        return """
            <section class="same"><h2>The same answer on the command line</h2>
            <pre class="cli">\(lines.joined(separator: "\n"))</pre>\(jsonLink)</section>
            """
    }
}

/// Small pieces several pages use.
enum Fragments {
    /// A coloured label of a maturity class, in the diagrams' colours.
    static func badge(_ maturity: String) -> HTML {
        let style = MaturityStyle.of(maturity)
        return "<span class=\"badge\" style=\"background:\(style.nodeFill);border-color:\(style.border)\">\(maturity)</span>"
    }

    /// A table with sortable columns (the script sorts on a click; without it the table reads as is).
    /// `numeric` marks right-aligned number columns.
    static func table(_ columns: [String], numeric: Set<Int> = [], rows: [[HTML]], caption: HTML? = nil, id: String? = nil) -> HTML {
        table(headings: columns.map { "\($0)" }, numeric: numeric, rows: rows, caption: caption, id: id)
    }

    /// ``table(_:numeric:rows:caption:id:)`` with headings written as markup (a title to hover, say).
    static func table(headings columns: [HTML], numeric: Set<Int> = [], rows: [[HTML]], caption: HTML? = nil, id: String? = nil) -> HTML {
        let head: [HTML] = columns.enumerated().map { index, name in
            "<th\(numeric.contains(index) ? HTML(" class=\"num\"") : "")>\(name)</th>"
        }
        let body: [HTML] = rows.map { row in
            let cells: [HTML] = row.enumerated().map { index, cell in
                "<td\(numeric.contains(index) ? HTML(" class=\"num\"") : "")>\(cell)</td>"
            }
            return "<tr>\(cells)</tr>"
        }
        let idAttribute: HTML = id.map { " id=\"\($0)\"" } ?? .empty
        return """
            <div class="scroll"><table class="sortable"\(idAttribute)>\(caption.map { "<caption>\($0)</caption>" } ?? .empty)\
            <thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table></div>
            """
    }

    /// A diagram inline with its download links.
    static func diagram(svg: String, downloads: [(format: String, href: String)], notes: [String], caption: String) -> HTML {
        let links: [HTML] = downloads.map { "<a class=\"button\" href=\"\($0.href)\" download>\($0.format.uppercased())</a>" }
        let noteItems: [HTML] = notes.map { "<li>\($0)</li>" }
        return """
            <figure class="diagram">\(InlineSVG.html(svg, fallback: downloads.first?.href ?? ""))\
            <figcaption>\(caption) <span class="downloads">Download: \(HTML.joined(links, separator: " "))</span>\
            \(notes.isEmpty ? HTML.empty : "<ul class=\"notes\">\(noteItems)</ul>")</figcaption></figure>
            """
    }

    /// A paragraph explaining why something is not shown.
    static func note(_ text: String) -> HTML { "<p class=\"note\">\(prose(text))</p>" }

    /// Text from the libraries, escaped, with the commands and names they quote in backticks set as code.
    static func prose(_ text: String) -> HTML {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return "\(text)" }
        return HTML.joined(parts.enumerated().map { index, part -> HTML in
            // An unpaired last backtick stays as written.
            if index % 2 == 1, index < parts.count - 1 { return "<code>\(String(part))</code>" }
            return index % 2 == 1 ? "`\(String(part))" : "\(String(part))"
        })
    }
}
