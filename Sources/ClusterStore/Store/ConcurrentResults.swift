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
