import Foundation

/// Answers a request within the server's time limit: when the limit passes first, the request
/// fails with ``ServerError/timeLimit(seconds:)`` and `onTimeout` runs (a query interrupts
/// SQLite there, see ``query(store:_:graph:parameters:pool:)``).
///
/// An analysis in Swift cannot be interrupted: it finishes on the ``WorkPool`` (whose width bounds
/// how many run at once) and lands in the ``AnswerCache``, so asking again after a time-out gets
/// the answer as soon as it is ready.
///
/// ```swift
/// let limit = TimeLimit(seconds: 10)
/// let answer = try await limit.run { try await pool.run { try slowAnalysis() } }
/// ```
struct TimeLimit: Sendable {
    let seconds: Double

    func run<T: Sendable>(onTimeout: @escaping @Sendable () -> Void = {},
                          _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        let outcome = Outcome<T>()
        let seconds = seconds
        return try await withCheckedThrowingContinuation { continuation in
            outcome.set(continuation)
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
                if outcome.finish(.failure(ServerError.timeLimit(seconds: seconds))) { onTimeout() }
            }
            // Unstructured, so the request is answered at the limit without waiting for the work.
            Task {
                do { outcome.finish(.success(try await operation())) } catch { outcome.finish(.failure(error)) }
            }
        }
    }
}

/// The one answer a timed request gives: its result or the time limit, whichever comes first.
private final class Outcome<T: Sendable>: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?
    private var finished = false

    func set(_ continuation: CheckedContinuation<T, any Error>) {
        lock.withLock { self.continuation = continuation }
    }

    /// Resumes the request with `result` unless it was answered already; true when this call answered it.
    @discardableResult
    func finish(_ result: Result<T, any Error>) -> Bool {
        let waiting: CheckedContinuation<T, any Error>? = lock.withLock {
            guard !finished else { return nil }
            finished = true
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(with: result)
        return waiting != nil
    }
}
