/// The community-detection algorithm.
public enum CommunityMethod: String, Sendable, CaseIterable {
    /// Blondel et al. 2008.
    case louvain
    /// Traag, Waltman & van Eck 2019: like Louvain, but communities are always connected.
    case leiden
}

/// Settings for ``ClusterGraph/LinkageGraph/communities(_:)``.
///
/// ```swift
/// let options = CommunityOptions(method: .leiden, resolution: 1, seed: 7, minimumSize: 3)
/// ```
public struct CommunityOptions: Sendable, Equatable {
    public var method: CommunityMethod
    /// γ: above 1 favours more, smaller communities; below 1 fewer, larger ones.
    public var resolution: Double
    /// Fixes the node visiting order, hence the result.
    public var seed: UInt64
    /// Communities with fewer nodes are merged into the neighbouring community they gain most
    /// from joining (isolated ones stay as they are).
    public var minimumSize: Int
    /// On a directed graph, optimise Leicht–Newman directed modularity instead of modularity of
    /// the symmetrised graph (A + Aᵀ). Ignored for undirected graphs.
    public var directed: Bool
    /// Leiden only: at most this many iterations, each starting from the previous partition; they
    /// stop early once one no longer raises modularity. 0 means until then, however many it takes.
    /// The default 2 is igraph's and leidenalg's `n_iterations`.
    public var iterations: Int
    /// Threads for local moving, refinement and aggregation on graphs of 65,536 nodes or more.
    /// One thread moves node by node; two or more move in batches, which gives the same result
    /// for any number of threads from 2 (and the same for one on smaller graphs).
    public var threads: Int

    public init(method: CommunityMethod = .leiden, resolution: Double = 1, seed: UInt64 = 0,
                minimumSize: Int = 1, directed: Bool = false, iterations: Int = 2, threads: Int = 1) {
        self.method = method
        self.resolution = resolution
        self.seed = seed
        self.minimumSize = minimumSize
        self.directed = directed
        self.iterations = iterations
        self.threads = threads
    }
}

/// A partition found by ``ClusterGraph/LinkageGraph/communities(_:)`` and how good it is.
public struct CommunityResult: Sendable, Equatable {
    public let partition: Partition
    /// Modularity at the requested resolution, of the graph that was optimised (see `graphUsed`).
    public let modularity: Double
    public let method: CommunityMethod
    /// How direction was treated.
    public let graphUsed: ModularityGraphKind
}

/// Which graph a modularity value refers to.
public enum ModularityGraphKind: String, Sendable, Equatable {
    /// An undirected graph, as stored.
    case undirected
    /// A directed graph symmetrised by summing both directions (A + Aᵀ).
    case symmetrised
    /// A directed graph with Leicht–Newman directed modularity.
    case directed
}

import ClusterGraph
