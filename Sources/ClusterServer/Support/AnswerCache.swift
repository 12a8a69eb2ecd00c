/// Answers kept between requests — assessments, overviews, rendered diagrams, whole pages — keyed
/// by what was asked and valid for one store revision (``ClusterStore/LinkageStore/revision()``):
/// an import or a saved partition changes the revision, and the next request computes afresh.
///
/// Requests that ask the same thing at once share one computation. A computation that fails is
/// not kept; one that outlives its request's time limit still lands here for the next request.
/// The least recently used answers go when the kept ones cost more than `capacity` (bytes, roughly).
///
/// ```swift
/// let cache = AnswerCache(capacity: 256 << 20)
/// let page = try await cache.value(for: "graphs", revision: revision, cost: { $0.utf8.count }) { try await render() }
/// ```
actor AnswerCache {
    private struct Entry {
        let revision: String
        let task: Task<any Sendable, any Error>
        var cost: Int
        var lastUse: UInt64
    }

    private let capacity: Int
    private var entries: [String: Entry] = [:]
    private var totalCost = 0
    private var clock: UInt64 = 0
    private var currentRevision = ""

    init(capacity: Int) {
        self.capacity = capacity
    }

    func value<T: Sendable>(for key: String, revision: String, cost: @escaping @Sendable (T) -> Int,
                            compute: @escaping @Sendable () async throws -> T) async throws -> T {
        clock += 1
        if revision != currentRevision {
            // The store changed: every answer kept for the old state is stale.
            entries.removeAll()
            totalCost = 0
            currentRevision = revision
        }
        if var entry = entries[key], entry.revision == revision {
            entry.lastUse = clock
            entries[key] = entry
            if let value = try await entry.task.value as? T { return value }
        }
        let task = Task<any Sendable, any Error> { try await compute() }
        remove(key)
        entries[key] = Entry(revision: revision, task: task, cost: 0, lastUse: clock)
        do {
            let value = try await task.value
            guard let typed = value as? T else { preconditionFailure("a cache key names one type of answer") }
            settle(key, task: task, cost: cost(typed))
            return typed
        } catch {
            if entries[key]?.task == task { remove(key) }
            throw error
        }
    }

    /// Records the cost of a finished answer and evicts the least recently used beyond capacity.
    private func settle(_ key: String, task: Task<any Sendable, any Error>, cost: Int) {
        guard var entry = entries[key], entry.task == task, entry.cost == 0 else { return }
        entry.cost = cost
        entries[key] = entry
        totalCost += cost
        while totalCost > capacity, let oldest = entries.filter({ $0.value.cost > 0 }).min(by: { $0.value.lastUse < $1.value.lastUse }) {
            remove(oldest.key)
        }
    }

    private func remove(_ key: String) {
        if let entry = entries.removeValue(forKey: key) { totalCost -= entry.cost }
    }
}
