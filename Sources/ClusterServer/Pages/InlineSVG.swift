/// Puts a rendered SVG diagram into a page. Graphviz and the key-sector chart escape every label
/// (`<` as `&lt;`), so store text stays text inside the drawing; as a second line of defence a
/// drawing that holds a script, an event handler or foreign content is not inlined but shown
/// through `<img>`, where a browser runs nothing in it.
enum InlineSVG {
    static func html(_ svg: String, fallback: String) -> HTML {
        guard let start = svg.range(of: "<svg") else { return .empty }
        var body = String(svg[start.lowerBound...])
        let lowered = body.lowercased()
        let dangerous = ["<script", "<foreignobject", "javascript:", "<iframe", "<object", "<embed"].contains { lowered.contains($0) }
            || lowered.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) != nil
        guard !dangerous else { return "<img src=\"\(fallback)\" alt=\"diagram\">" }
        // Graphviz writes a comment per node and link; a page does not need them. One pass.
        let pieces = body.components(separatedBy: "<!--")
        body = pieces[0] + pieces.dropFirst().map { piece in
            piece.range(of: "-->").map { String(piece[$0.upperBound...]) } ?? ""
        }.joined()
        // Scaled to the column: the drawing's own width is its largest size.
        body = body.replacingOccurrences(of: "<svg", with: "<svg class=\"drawing\" role=\"img\"", options: [], range: body.range(of: "<svg"))
        return .raw(body)
    }
}
