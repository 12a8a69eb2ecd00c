/// Settings for ``ClusterGraph/LinkageGraph/pageRank(_:)``; defaults are networkx's except the
/// tighter tolerance.
public struct PageRankOptions: Sendable, Equatable {
    /// Probability of following a link rather than jumping (networkx's `alpha`).
    public var damping: Double
    /// Use link weights (true) or count every link as 1.
    public var weighted: Bool
    /// Jump probabilities per node (any non-negative scale, normalised); nil = uniform. Dangling
    /// nodes' rank is spread the same way, as networkx does when `dangling` is not given.
    public var personalisation: [Double]?
    /// Stop when the summed absolute change is below `nodeCount · tolerance` (networkx's rule).
    public var tolerance: Double
    public var maximumIterations: Int
    /// Threads that share each iteration; the result is the same for any number.
    public var threads: Int

    public init(damping: Double = 0.85, weighted: Bool = true, personalisation: [Double]? = nil,
                tolerance: Double = 1e-10, maximumIterations: Int = 1000, threads: Int = 1) {
        self.damping = damping
        self.weighted = weighted
        self.personalisation = personalisation
        self.tolerance = tolerance
        self.maximumIterations = maximumIterations
        self.threads = threads
    }
}
