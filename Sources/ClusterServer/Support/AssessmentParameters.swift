import ClusterWorkflows

/// The options of a cluster assessment as a request carries them — the same names as the
/// command's flags (`partition`, `clusters`, `flows`, `compare`, `reference`, `seed`,
/// `resolution`, `include-local`) — so a page, its JSON and its command line always mean the same
/// assessment. `clusters` names a shipped cluster definition only; `--rules` and `--sector-types`
/// have no web form: a server does not read files named by its visitors.
struct AssessmentParameters: Sendable, Hashable {
    var graph: String
    var partition: String?
    /// A shipped cluster definition (`Graphs/wiod-2013/clusters.csv`).
    var clusters: String?
    var includeLocal = false
    var flows: String?
    var compare: String?
    var reference: String?
    var seed: UInt64 = 0
    var resolution: Double = 1

    static let eitherPartitionOrDefinition = "Choose the clusters either from a saved partition or from a cluster definition, not both."

    /// The defaults: clusters found by Leiden, flows by the store's rule.
    init(graph: String) {
        self.graph = graph
    }

    init(graph: String, form: RequestForm) throws {
        self.graph = graph
        partition = form["partition"]
        clusters = form["clusters"]
        if partition != nil, clusters != nil {
            throw ServerError.badRequest(Self.eitherPartitionOrDefinition)
        }
        includeLocal = form["include-local"] != nil
        flows = form["flows"]
        compare = form["compare"]
        reference = form["reference"]
        if let text = form["seed"] {
            guard let value = UInt64(text) else { throw ServerError.badRequest("seed must be a whole number of zero or more, not '\(text)'.") }
            seed = value
        }
        if let text = form["resolution"] {
            guard let value = Double(text), value.isFinite, value > 0 else {
                throw ServerError.badRequest("resolution must be a positive number, not '\(text)'.")
            }
            resolution = value
        }
    }

    /// The library options, with the shipped traded/local classifications as the commands use them.
    /// - Throws: ``ServerError/badRequest(_:location:)`` for a definition that is not shipped.
    func options(_ shipped: ShippedSettings) throws -> ClusterAssessmentOptions {
        var options = ClusterAssessmentOptions(graph: graph, partition: partition, flows: flows, compare: compare, reference: reference,
                                               seed: seed, resolution: resolution, sectorTypes: shipped.sectorTypes, includeLocal: includeLocal)
        options.definition = try clusters.map { try shipped.definition($0) }
        return options
    }

    /// The parameters that differ from the defaults, for addresses.
    var queryItems: [(String, String?)] {
        [("partition", partition), ("clusters", clusters), ("flows", flows), ("compare", compare), ("reference", reference),
         ("seed", seed == 0 ? nil : String(seed)), ("resolution", resolution == 1 ? nil : String(resolution)),
         ("include-local", includeLocal ? "1" : nil)]
    }

    /// The same parameters as command-line flags, after `--graph`.
    var flags: [String] {
        queryItems.flatMap { name, value -> [String] in
            guard let value else { return [] }
            return name == "include-local" ? ["--include-local"] : ["--" + name, value]
        }
    }

    /// Identifies the assessment in the answer cache.
    var cacheKey: String {
        (["assessment", graph] + queryItems.map { "\($0.0)=\($0.1 ?? "")" }).joined(separator: "\u{1F}")
    }
}
