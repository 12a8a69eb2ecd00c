import ClusterRender

extension XMLText {
    /// `text` escaped for GraphML and GEXF, in character data or attribute values alike: line
    /// breaks as character references so attribute values keep them.
    static func escaped(_ text: String) -> String {
        escaped(text, lineBreak: "&#10;")
    }
}
