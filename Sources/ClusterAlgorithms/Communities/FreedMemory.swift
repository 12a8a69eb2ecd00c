#if canImport(Glibc)
import Glibc
#endif

/// Hands the pages of memory freed so far back to the system, so that they stop counting in the
/// process's resident size, after a step over a graph with `entries` row entries; below about a
/// quarter of a million nothing is done, as there is little to give back and the call would cost
/// more than it saves (consensus clustering runs thousands of small detections).
///
/// Reading the graph and aggregating a level free large buffers (an aggregation's ranges of rows
/// are allocated on the worker threads), and glibc keeps the freed pages of its heaps resident;
/// on 10⁷ links handing them back lowered Leiden's and Louvain's peaks by about 30 MB. Leiden also
/// hands them back after a refinement, whose scratch would stay resident under the level being
/// aggregated, and before level 0 is unpacked on the way back, under which the levels above it
/// and their moves would stay: at 10⁷ links that took its peak from about 440 MB to 320 MB.
/// Elsewhere (after local moving) the pages are needed again at once, and faulting them back in
/// cost more time than it saved memory. `malloc_trim(0)` is looked up at run time because Swift's
/// Glibc module does not declare it; elsewhere this does nothing.
///
/// ```swift
/// let coarse = level.aggregated(by: membership, groupCount: count)
/// releaseFreedMemory(after: level.neighbours.count)   // the ranges' rows, freed, no longer resident
/// ```
///
/// - Complexity: proportional to the free memory of the heaps, a few milliseconds.
func releaseFreedMemory(after entries: Int) {
    #if os(Linux)
    guard entries >= 1 << 18 else { return }
    _ = mallocTrim?(0)
    #endif
}

#if os(Linux)
private let mallocTrim: (@convention(c) (Int) -> Int32)? = {
    guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "malloc_trim") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
}()
#endif
