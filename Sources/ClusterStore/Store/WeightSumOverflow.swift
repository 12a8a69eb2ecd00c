import ClusterGraph
import GRDB

/// Parallel links (same source, target and kind), or a link appended to a stored one, whose
/// weights add up past the largest Double: thrown by ``GraphWriter/writeLinks(_:progress:)``
/// instead of storing infinity, naming the link whose weight tipped the sum over.
///
/// Found only when it happens: the bulk loop checks the one sum it stores per pair (no per-row
/// cost), and an append's sum is checked by the `link_weight_stays_finite` trigger (schema 006).
struct WeightSumOverflow: Error {
    /// Position in the written batch (the row of the file, the link of the graph contents).
    let link: Int
    let source: Int32
    let target: Int32
    let kind: String

    /// Adds the weights of `run` (batch positions in input order) to `stored` and names the
    /// first link at which the sum is no longer finite.
    init(_ batch: LinkBatch, run: ArraySlice<Int>, stored: Double) {
        var sum = stored
        var tipping = run.last ?? 0
        for index in run {
            sum += batch.weights[index]
            if !sum.isFinite { tipping = index; break }
        }
        let first = run.first ?? tipping
        link = tipping
        source = batch.sources[first]
        target = batch.targets[first]
        kind = batch.kinds[Int(batch.kindIndices[first])]
    }

    /// True for the error the schema's trigger raises when an append's sum overflows.
    static func isRaised(by error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_CONSTRAINT && (error.message ?? "").contains("clusternet: link weight overflow")
    }

    /// The message for a user, with the pair named by key.
    func message(sourceKey: String, targetKey: String, shownWeight: String) -> String {
        "links '\(sourceKey)' → '\(targetKey)' (kind '\(kind)') are summed: " + LinkWeight.Problem.sumOverflows.message(shownWeight)
    }
}

extension GraphWriter {
    /// The weight stored for the link of batch position `index` (0 when there is none).
    func storedWeight(_ batch: LinkBatch, _ index: Int) throws -> Double {
        try Double.fetchOne(db, sql: "SELECT weight FROM link WHERE graph_id = ? AND source = ? AND target = ? AND kind = ?",
                            arguments: [graphId, batch.sources[index], batch.targets[index],
                                        batch.kinds[Int(batch.kindIndices[index])]]) ?? 0
    }

    /// The key of node `id`, stored or added through this writer.
    func key(of id: Int32) -> String {
        idByKey.first { $0.value == id }?.key ?? String(id)
    }
}
