import ClusterRender
import Foundation
import ResultFormat

extension ClusterReport {
    /// The files a report writes, by name in its folder.
    public static let fileNames = (markdown: "report.md", json: "report.json", svg: "clusters.svg", png: "clusters.png")

    /// Writes `report.md`, `report.json` and the cluster diagram as `clusters.svg` and
    /// `clusters.png` into `directory` (created when missing); returns the Markdown file's URL.
    /// Each file goes through ``OutputFile`` (replaced whole or not at all; a database in
    /// `protecting`, such as the store the report reads, is never overwritten).
    /// - Throws: ``OutputError`` and Graphviz's errors.
    @discardableResult
    public func write(to directory: URL, reproduce: [String] = [], protecting databases: [String] = []) throws -> URL {
        try OutputFolder.create(directory.path)
        let names = Self.fileNames
        let drawing = diagram()
        func write(_ name: String, _ body: (BufferedWriter) throws -> Void) throws {
            try OutputFile.write(to: directory.appendingPathComponent(name).path, protecting: databases, body)
        }
        try write(names.svg) { try $0.write(drawing.render(format: .svg)) }
        try write(names.png) { try $0.write(drawing.render(format: .png)) }
        try write(names.json) { writer in
            try json().write(to: writer, pretty: true)
            try writer.write("\n")
        }
        try write(names.markdown) { try $0.write(markdown(diagram: names.svg, reproduce: reproduce)) }
        return directory.appendingPathComponent(names.markdown)
    }
}
