/// The file format of a rendered diagram.
public enum RenderFormat: String, Sendable, CaseIterable {
    case svg, png, pdf
    /// The DOT source itself, unlaid out, for editing or for other Graphviz tools.
    case dot

    /// The format named by a file's extension (`.svg`, `.png`, `.pdf`, `.dot` or `.gv`, any case),
    /// or nil when the extension names none of them.
    ///
    /// ```swift
    /// RenderFormat(path: "out/forest.PNG")   // .png
    /// ```
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let suffix = path[path.index(after: dot)...].lowercased()
        if suffix == "gv" { self = .dot; return }
        self.init(rawValue: suffix)
    }
}
