import ClusterGraph
import GRDB

/// Inserts one graph's links, arriving sorted by (source, target), into the link table: the
/// single loop through which every link reaches the store (file imports, generated graphs,
/// derived graphs).
///
/// Links of one pair are gathered, ordered by kind (SQLite's BINARY order of the kind's UTF-8)
/// and those of the same kind summed, so rows reach the table in primary-key order and every
/// insert appends to the B-tree. An undirected graph's links must come with source ≤ target.
/// A link already stored gets the new weight added; a graph that had no links takes plain
/// inserts. For a load that dominates the table the link-by-target index is dropped at the start
/// and rebuilt at ``finish()`` (one sort instead of a random B-tree insert per link), inside the
/// caller's transaction, so a failure restores it too; so is every other index on the link table.
/// `graph.link_count` is kept current.
///
/// ```swift
/// var inserter = try LinkInserter(writer, kinds: ["supplies"], expectedLinks: 3)
/// try inserter.add(source: 0, target: 1, kind: 0, weight: 2.5)
/// try inserter.finish()
/// ```
struct LinkInserter {
    /// Link attributes by column, each value for the row number given to ``add(source:target:kind:weight:row:)``.
    typealias AttributeColumns = [(name: String, values: [AttributeValue?])]

    private let graphId: Int64
    private let db: Database
    private let kinds: [String]
    /// Each kind's rank in primary-key order.
    private let kindRank: [Int32]
    /// Kind names as C strings, bound without a copy per row.
    private let kindText: CStrings
    private let attributes: AttributeColumns
    private typealias Link = (source: Int32, target: Int32, kind: Int, weight: Double, run: Range<Int>)
    private var insert: BatchedInsert<Link>
    private let insertAttribute: RawStatement?
    /// The statements that recreate the indexes dropped for a bulk load.
    private let rebuiltIndexes: [String]
    /// Whether the graph already had links (then inserts add to stored weights and the count is redone).
    private let appending: Bool
    private var inserted = 0
    private let progress: ((Int) -> Void)?
    private var added = 0

    // The pair being gathered.
    private var pairSource: Int32 = -1
    private var pairTarget: Int32 = -1
    private var pair: [(rank: Int32, kind: Int32, weight: Double, row: Int)] = []
    /// When appending: the rows and weights summed into each link queued in `insert` (its `run`),
    /// so a sum the store's trigger refuses is traced to the row that tipped it.
    private var queuedRuns: [(row: Int, weight: Double)] = []

    /// - Parameters:
    ///   - kinds: the kind names that `add`'s kind indices point into.
    ///   - expectedLinks: about how many links will come (decides whether the index is rebuilt).
    ///   - attributes: link attribute columns, indexed by the `row` given with each link.
    ///   - progress: called with the number of links added so far, every 65,536 links.
    init(_ writer: GraphWriter, kinds: [String], expectedLinks: Int, attributes: AttributeColumns = [],
         progress: ((Int) -> Void)? = nil) throws {
        db = writer.db
        graphId = writer.graphId
        // The store's one spelling (``StoredText``): kinds are bound from these bytes as they are.
        let kinds = kinds.map(StoredText.normalised)
        self.kinds = kinds
        self.attributes = attributes
        self.progress = progress
        var rank = [Int32](repeating: 0, count: kinds.count)
        for (position, kind) in kinds.indices.sorted(by: { kinds[$0].utf8.lexicographicallyPrecedes(kinds[$1].utf8) }).enumerated() {
            rank[kind] = Int32(position)
        }
        kindRank = rank
        kindText = CStrings(kinds)
        appending = writer.linkCount > 0
        rebuiltIndexes = try Self.dropIndexesForBulkLoad(db, adding: expectedLinks)
        let graph = writer.graphId, upsert = appending, kindText = kindText
        insert = try BatchedInsert(db, parametersPerRow: 4, sql: { rows in
            // The graph's id is a number the store made, so it can stand in the text.
            "INSERT INTO link (graph_id, source, target, kind, weight) VALUES "
                + BatchedInsert<Void>.values("(\(graph), ?, ?, ?, ?)", rows: rows)
                + (upsert ? " ON CONFLICT (graph_id, source, target, kind) DO UPDATE SET weight = weight + excluded.weight" : "")
        }, bind: { statement, first, link in
            statement.bind(first, Int64(link.source))
            statement.bind(first + 1, Int64(link.target))
            statement.bindStatic(first + 2, kindText.pointers[link.kind])
            statement.bind(first + 3, link.weight)
        })
        insertAttribute = attributes.isEmpty ? nil : try RawStatement(db, sql: """
            INSERT INTO link_attribute (graph_id, source, target, kind, name, value) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (graph_id, source, target, kind, name) DO UPDATE SET value = excluded.value
            """)
        insertAttribute?.bind(1, graphId)
    }

    /// Adds a link; links must come sorted by (source, target).
    ///
    /// - Parameter row: where its attributes stand in the attribute columns (ignored without them).
    @inline(__always)
    mutating func add(source: Int32, target: Int32, kind: Int32, weight: Double, row: Int = 0) throws {
        if source != pairSource || target != pairTarget {
            try flushPair()
            pairSource = source
            pairTarget = target
        }
        pair.append((kindRank[Int(kind)], kind, weight, row))
        added += 1
        if added & 0xFFFF == 0 { progress?(added) }
    }

    /// Inserts the last pair, rebuilds the index and stores the graph's link count.
    /// - Returns: the number of links the graph now has.
    @discardableResult
    mutating func finish() throws -> Int {
        try flushPair()
        do {
            try insert.finish()
        } catch let error as DatabaseError where WeightSumOverflow.isRaised(by: error) {
            throw try overflow() ?? error
        }
        progress?(added)
        if !rebuiltIndexes.isEmpty {
            // SQLite's sorter sorts blocks of up to the page cache's size as linked lists, then
            // merges them: blocks of 2 MB stay in the processor's cache, where 128 MB blocks miss
            // it at every step. On 10⁷ links that builds an index in 60 % of the time, in 10 MB
            // instead of 270.
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = -2048")
            for sql in rebuiltIndexes { try db.execute(sql: sql) }
            try db.execute(sql: "PRAGMA cache_size = \(cacheSize)")
        }
        let count = appending
            ? try Int.fetchOne(db, sql: "SELECT count(*) FROM link WHERE graph_id = ?", arguments: [graphId]) ?? 0
            : inserted
        try db.execute(sql: "UPDATE graph SET link_count = ? WHERE id = ?", arguments: [count, graphId])
        return count
    }

    /// Inserts the gathered pair's links, one row per kind in rank order, parallel ones summed in
    /// the order they came; of an attribute given several times the last value wins.
    private mutating func flushPair() throws {
        guard !pair.isEmpty else { return }
        if pair.count > 1 { pair.sort { ($0.rank, $0.row) < ($1.rank, $1.row) } }
        var start = 0
        while start < pair.count {
            var end = start + 1
            var weight = pair[start].weight
            while end < pair.count, pair[end].rank == pair[start].rank {
                weight += pair[end].weight
                end += 1
            }
            let kind = Int(pair[start].kind)
            if !weight.isFinite {
                throw WeightSumOverflow(source: pairSource, target: pairTarget, kind: kinds[kind],
                                        run: pair[start..<end].lazy.map { (row: $0.row, weight: $0.weight) }, stored: 0)
            }
            var run = 0..<0
            if appending {
                run = queuedRuns.count..<queuedRuns.count + end - start
                queuedRuns.append(contentsOf: pair[start..<end].lazy.map { (row: $0.row, weight: $0.weight) })
            }
            do {
                try insert.add((pairSource, pairTarget, kind, weight, run))
            } catch let error as DatabaseError where WeightSumOverflow.isRaised(by: error) {
                throw try overflow() ?? error
            }
            if appending && insert.queued.isEmpty { queuedRuns.removeAll(keepingCapacity: true) }
            inserted += 1
            if let insertAttribute { try insertAttributes(insertAttribute, kind: kinds[kind], links: pair[start..<end].map(\.row)) }
            start = end
        }
        pair.removeAll(keepingCapacity: true)
    }

    /// After the store's trigger refused a sum in the statement of the queued links (which then
    /// changed nothing): inserts them one at a time up to the one it refuses, and names the row
    /// that tipped that link's sum.
    private func overflow() throws -> WeightSumOverflow? {
        for link in insert.queued {
            do {
                try insert.insertOne(link)
            } catch let error as DatabaseError where WeightSumOverflow.isRaised(by: error) {
                let stored = try Double.fetchOne(db, sql: """
                    SELECT weight FROM link WHERE graph_id = ? AND source = ? AND target = ? AND kind = ?
                    """, arguments: [graphId, link.source, link.target, kinds[link.kind]]) ?? 0
                return WeightSumOverflow(source: link.source, target: link.target, kind: kinds[link.kind],
                                         run: queuedRuns[link.run], stored: stored)
            }
        }
        return nil
    }

    private func insertAttributes(_ statement: RawStatement, kind: String, links rows: [Int]) throws {
        statement.bind(2, Int64(pairSource))
        statement.bind(3, Int64(pairTarget))
        statement.bind(4, kind)
        for column in attributes {
            guard let value = rows.lazy.compactMap({ column.values[$0] }).last else { continue }
            statement.bind(5, column.name)
            statement.bind(6, value)
            try statement.run()
        }
    }

    /// Links at least this many (and at least as many as the table holds) have the link table's
    /// indexes rebuilt after the load instead of maintained row by row.
    static let bulkLinkThreshold = 50_000

    /// Drops the link table's indexes before a load that dominates the table and returns the
    /// statements that recreate them (read from the schema itself, so there is no second copy of
    /// the DDL).
    private static func dropIndexesForBulkLoad(_ db: Database, adding count: Int) throws -> [String] {
        guard count >= bulkLinkThreshold else { return [] }
        let stored = try Int.fetchOne(db, sql: "SELECT coalesce(sum(link_count), 0) FROM graph") ?? 0
        guard count >= stored else { return [] }
        let indexes = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'link' AND sql IS NOT NULL ORDER BY name
            """)
        for index in indexes { try db.execute(sql: "DROP INDEX \((index[0] as String).quotedDatabaseIdentifier)") }
        return indexes.map { $0[1] }
    }
}

/// C copies of strings that outlive every statement they are bound to (SQLite's `SQLITE_STATIC`).
private final class CStrings: @unchecked Sendable {
    let pointers: [UnsafeMutablePointer<CChar>]

    init(_ strings: [String]) {
        pointers = strings.map { string in
            let bytes = Array(string.utf8CString)
            let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
            pointer.initialize(from: bytes, count: bytes.count)
            return pointer
        }
    }

    deinit { for pointer in pointers { pointer.deallocate() } }
}
