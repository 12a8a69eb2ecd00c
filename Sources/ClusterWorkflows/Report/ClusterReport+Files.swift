import ClusterRender
import Foundation

extension ClusterReport {
    /// The files a report writes, by name in its folder.
    public static let fileNames = (markdown: "report.md", json: "report.json", svg: "clusters.svg", png: "clusters.png")

    /// Writes `report.md`, `report.json` and the cluster diagram as `clusters.svg` and
    /// `clusters.png` into `directory` (created when missing); returns the Markdown file's URL.
    /// - Throws: file-system errors and Graphviz's.
    @discardableResult
    public func write(to directory: URL, reproduce: [String] = []) throws -> URL {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let names = Self.fileNames
        let drawing = diagram()
        try Data(try drawing.render(format: .svg)).write(to: directory.appendingPathComponent(names.svg))
        try Data(try drawing.render(format: .png)).write(to: directory.appendingPathComponent(names.png))
        try Data((json().serialized(pretty: true) + "\n").utf8).write(to: directory.appendingPathComponent(names.json))
        let markdown = directory.appendingPathComponent(names.markdown)
        try Data(self.markdown(diagram: names.svg, reproduce: reproduce).utf8).write(to: markdown)
        return markdown
    }
}
