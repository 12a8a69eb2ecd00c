import ClusterGraph
import GRDB

/// The attributes of one link at a time, by its primary key: links stream heaviest first, their
/// attributes are stored by key, so each streamed link looks its own up (only in graphs that
/// have link attributes at all).
struct LinkAttributeLookup {
    private let query: RawStatement

    init(_ db: Database, graphId: Int64) throws {
        query = try RawStatement(db, sql: """
            SELECT name, value FROM link_attribute WHERE graph_id = ? AND source = ? AND target = ? AND kind = ? ORDER BY name
            """)
        query.bind(1, graphId)
    }

    /// The link's attributes, sorted by name.
    func values(source: Int64, target: Int64, kind: UnsafeBufferPointer<UInt8>) throws -> [(name: String, value: AttributeValue)] {
        query.bind(2, source)
        query.bind(3, target)
        query.bind(4, bytes: kind)
        var values: [(name: String, value: AttributeValue)] = []
        while try query.step() {
            if let name = query.text(0), let value = query.attributeValue(1) { values.append((name, value)) }
        }
        return GraphStream.sortedByName(values)
    }
}
