import Dispatch

/// Calls `body(chunk, range)` for every chunk of `0..<count` — fixed ranges of `chunkSize`
/// indices — on up to `threads` threads at once, returning when all are done.
///
/// The chunks do not depend on `threads`, so results kept per chunk and combined in chunk order
/// (a sum, say) are the same whatever the number of threads, one included. `body` runs on
/// several threads at once: it must only write what belongs to its own range (or its chunk's
/// own slot), or write through atomics.
///
/// ```swift
/// var partial = [Double](repeating: 0, count: chunkCount(n, chunkSize: 8192))
/// forEachChunk(n, chunkSize: 8192, threads: 2) { chunk, range in partial[chunk] = … }
/// ```
///
/// - Complexity: the work of `body` over all chunks, spread over the threads.
func forEachChunk(_ count: Int, chunkSize: Int, threads: Int, _ body: (Int, Range<Int>) -> Void) {
    let chunks = chunkCount(count, chunkSize: chunkSize)
    let workers = min(max(threads, 1), chunks)
    // Each worker takes every workers-th chunk: no shared counter, and rows of similar cost
    // spread evenly over the threads.
    runWorkers(workers) { worker in
        for chunk in stride(from: worker, to: chunks, by: workers) {
            body(chunk, chunk * chunkSize..<min(count, (chunk + 1) * chunkSize))
        }
    }
}

/// The number of chunks ``forEachChunk(_:chunkSize:threads:_:)`` makes of `count` indices.
func chunkCount(_ count: Int, chunkSize: Int) -> Int { (count + chunkSize - 1) / chunkSize }

/// `0..<count` cut into consecutive ranges whose `size`s add up to at least `target` each (the
/// last one excepted): range r is `starts[r]..<starts[r + 1]`. How work is split into pieces of
/// about the same cost when the cost of an index varies (a row's length, say), independently of
/// the number of threads.
///
/// ```swift
/// balancedRanges(5, target: 4) { [3, 1, 5, 1, 1][$0] }   // [0, 2, 3, 5]
/// ```
///
/// - Complexity: O(count) calls of `size`.
func balancedRanges(_ count: Int, target: Int, size: (Int) -> Int) -> [Int] {
    var starts = [0]
    var sum = 0
    for index in 0..<count {
        sum += size(index)
        if sum >= target || index == count - 1 {
            starts.append(index + 1)
            sum = 0
        }
    }
    return starts
}

/// Runs `body(worker)` for every worker in `0..<workers` at once, one thread each (on the
/// calling thread when `workers` is 1), returning when all are done. The same contract as
/// ``forEachChunk(_:chunkSize:threads:_:)``: each worker writes only what is its own.
func runWorkers(_ workers: Int, _ body: (Int) -> Void) {
    guard workers > 1 else {
        body(0)
        return
    }
    withoutActuallyEscaping(body) { body in
        // The caller vouches that the workers touch disjoint memory (or atomics only).
        let work = UncheckedSendable(body)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in work.value(worker) }
    }
}

/// A value handed to concurrently running workers whose safety the code around it guarantees.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
