import GRDB

/// The keys (and, when asked, labels) of one graph's nodes by node id, packed in one byte block:
/// a whole-graph link stream looks its ends up here instead of joining the node table twice per
/// link, which halves the time of a full export. Memory: the key bytes plus 8 bytes per node
/// (16 with labels), never per link.
final class NodeKeyTable {
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Text `k` spans `ends[k - 1] ..< ends[k]` (from 0 for the first); a label's end is -1 when it has none.
    private let keyEnds: [Int]
    private let labelEnds: [Int]
    /// Position of each node id; nil when ids are 0, 1, 2, … (as the store writes them).
    private let positionById: [Int64: Int]?

    init(_ db: Database, graphId: Int64, labels: Bool) throws {
        let query = try RawStatement(db, sql: "SELECT id, key, label FROM node WHERE graph_id = ? ORDER BY id")
        query.bind(1, graphId)
        var text: [UInt8] = []
        var keyEnds: [Int] = [], labelEnds: [Int] = [], ids: [Int64] = []
        var dense = true
        while try query.step() {
            let id = query.int64(0)
            dense = dense && id == Int64(ids.count)
            ids.append(id)
            text.append(contentsOf: query.bytes(1) ?? UnsafeBufferPointer(start: nil, count: 0))
            keyEnds.append(text.count)
            if labels {
                if let label = query.bytes(2) {
                    text.append(contentsOf: label)
                    labelEnds.append(text.count)
                } else {
                    labelEnds.append(-1)
                }
            }
        }
        bytes = .allocate(capacity: max(text.count, 1))
        _ = bytes.initialize(from: text)
        self.keyEnds = keyEnds
        self.labelEnds = labelEnds
        positionById = dense ? nil : Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    }

    deinit { bytes.deallocate() }

    /// The key of node `id`, nil when the graph has no such node.
    func key(_ id: Int64) -> RowText? {
        guard let position = position(id) else { return nil }
        return text(from: start(position), to: keyEnds[position])
    }

    /// The label of node `id`, nil when it has none (or labels were not loaded).
    func label(_ id: Int64) -> RowText? {
        guard let position = position(id), position < labelEnds.count, labelEnds[position] >= 0 else { return nil }
        return text(from: keyEnds[position], to: labelEnds[position])
    }

    private func position(_ id: Int64) -> Int? {
        if let positionById { return positionById[id] }
        return id >= 0 && id < Int64(keyEnds.count) ? Int(id) : nil
    }

    /// Where text `position` starts: after the previous node's label, or its key when labels are absent.
    private func start(_ position: Int) -> Int {
        guard position > 0 else { return 0 }
        return labelEnds.isEmpty || labelEnds[position - 1] < 0 ? keyEnds[position - 1] : labelEnds[position - 1]
    }

    private func text(from start: Int, to end: Int) -> RowText {
        RowText(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }
}
