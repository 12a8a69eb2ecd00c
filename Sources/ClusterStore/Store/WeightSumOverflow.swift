import ClusterGraph
import GRDB

/// Parallel links (same source, target and kind), or a link appended to a stored one, whose
/// weights add up past the largest Double: thrown by ``LinkInserter`` instead of storing
/// infinity, naming the link whose weight tipped the sum over.
///
/// Found only when it happens: the inserter checks the one sum it stores per pair (no per-row
/// cost), and an append's sum is checked by the `link_weight_stays_finite` trigger (schema 006).
struct WeightSumOverflow: Error {
    /// The row given with the link that tipped the sum (the row of the file, the link of the
    /// graph contents).
    let link: Int
    let source: Int32
    let target: Int32
    let kind: String

    /// Adds the weights of `run` (the pair's links of one kind, in the order they came) to
    /// `stored` and names the first link at which the sum is no longer finite.
    init(source: Int32, target: Int32, kind: String, run: some Collection<(row: Int, weight: Double)>, stored: Double) {
        var sum = stored
        var tipping = run.first?.row ?? 0
        for link in run {
            tipping = link.row
            sum += link.weight
            if !sum.isFinite { break }
        }
        self.link = tipping
        self.source = source
        self.target = target
        self.kind = kind
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
