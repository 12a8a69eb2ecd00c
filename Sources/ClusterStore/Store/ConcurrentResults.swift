import ClusterGraph
import Foundation

/// Results that concurrent tasks hand back, one slot each.
final class ConcurrentResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Value, any Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Value, any Error>) { lock.withLock { slots[index] = result } }

    /// The value of slot `index`, or the error its task threw.
    func get(_ index: Int) throws -> Value {
        guard let result = lock.withLock({ slots[index] }) else { preconditionFailure("task \(index) handed back nothing") }
        return try result.get()
    }
}

/// Progress summed over concurrent tasks: each adds what it has done; `handler` hears the sum.
final class SharedProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let handler: ProgressHandler?
    private let total: Int
    private var done = 0

    init(total: Int, handler: ProgressHandler?) {
        self.total = total
        self.handler = handler
    }

    func add(_ count: Int) {
        guard let handler else { return }
        let sum = lock.withLock { done += count; return min(done, total) }
        handler(sum, total)
    }

    /// Reports the whole done, however the counts added up.
    func finish() { handler?(total, total) }
}
