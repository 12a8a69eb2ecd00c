import GRDB
import TabularText

extension LinkageStore {
    /// The name under which a provenance note covers a graph's links and their weights.
    public static let linksAttribute = "links"

    /// Saves where graph `graph`'s numbers come from: a file with header `attribute,source`, one
    /// row per node attribute (or `links`). A source beginning with "illustrative" marks numbers
    /// set to show a method; results resting on them say so. A note for an attribute already
    /// noted replaces it; nothing is saved when the file has an error.
    ///
    /// ```swift
    /// try store.importAttributeSources(file: "Graphs/kazakhstan-construction-materials/sources.csv", graph: "kz")
    /// try store.attributeSources(graph: "kz")["foreign_owned"]   // "illustrative: …"
    /// ```
    /// - Throws: ``TabularTextError`` at file:line:column for an attribute the graph does not
    ///   have, an empty source or an attribute named twice; ``StoreError`` for an unknown graph.
    @discardableResult
    public func importAttributeSources(file: String, graph: String, delimiter: UInt8? = nil) throws -> [String: String] {
        var input = try ImportSource(path: file, delimiter: delimiter)
        let columns = try input.requiredColumns(["attribute", "source"], example: "attribute,source")
        return try write { db in
            let graphId = try Self.graphRow(graph, db).id
            let known = try String.fetchAll(db, sql: "SELECT DISTINCT name FROM node_attribute WHERE graph_id = ? ORDER BY name",
                                            arguments: [graphId]) + [Self.linksAttribute]
            var notes: [String: String] = [:]
            var lineByAttribute: [String: Int] = [:]
            while let record = try input.reader.next() {
                let attribute = try input.key(record, columns[0], what: "attribute")
                guard known.contains(attribute) else {
                    let close = NameSuggestions.closest(to: attribute, among: known)
                    throw input.reader.error("graph '\(graph)' has no node attribute '\(attribute)'"
                        + (close.isEmpty ? "" : " (did you mean \(close.map { "'\($0)'" }.joined(separator: ", "))?)")
                        + "; name a node attribute, or `links` for the links", in: record, field: columns[0])
                }
                if let first = lineByAttribute[attribute] {
                    throw input.reader.error("'\(attribute)' already has a source on line \(first); give each attribute one",
                                             in: record, field: columns[0])
                }
                lineByAttribute[attribute] = record.line
                notes[attribute] = try input.key(record, columns[1], what: "source")
            }
            for (attribute, source) in notes {
                try db.execute(sql: "INSERT OR REPLACE INTO attribute_source (graph_id, attribute, source) VALUES (?, ?, ?)",
                               arguments: [graphId, attribute, source])
            }
            return notes
        }
    }

    /// Where graph `graph`'s numbers come from, by attribute (`links` for the links); empty when
    /// no notes were imported.
    public func attributeSources(graph: String) throws -> [String: String] {
        try read { db in
            let graphId = try Self.graphRow(graph, db).id
            let rows = try Row.fetchAll(db, sql: "SELECT attribute, source FROM attribute_source WHERE graph_id = ?",
                                        arguments: [graphId])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as String, $0[1] as String) })
        }
    }
}
