import Foundation

/// A few threads of the server's own for blocking work — SQLite reads, analyses, Graphviz — so
/// the event loops that accept connections never wait for them. Work queues in arrival order;
/// at most `width` pieces run at once however many requests arrive.
///
/// ```swift
/// let pool = WorkPool(width: 4)
/// let graphs = try await pool.run { try store.graphs() }
/// ```
final class WorkPool: Sendable {
    private let pending = PendingWork()

    init(width: Int) {
        for index in 0..<max(1, width) {
            let thread = Thread { [pending] in
                while true { pending.next()() }
            }
            thread.name = "clusternet-serve-\(index)"
            // Analyses recurse over graphs; give them the stack a main thread has.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Runs `work` on one of the pool's threads and returns its result.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            pending.add { continuation.resume(with: Result { try work() }) }
        }
    }
}

/// The queue the pool's threads take work from.
private final class PendingWork: @unchecked Sendable {
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var items: [@Sendable () -> Void] = []
    private var head = 0

    func add(_ item: @escaping @Sendable () -> Void) {
        condition.withLock {
            items.append(item)
            condition.signal()
        }
    }

    /// The oldest waiting item, waiting for one when there is none.
    func next() -> @Sendable () -> Void {
        condition.withLock {
            while head == items.count { condition.wait() }
            let item = items[head]
            head += 1
            if head > 1_024, head * 2 > items.count {
                items.removeFirst(head)
                head = 0
            }
            return item
        }
    }
}
