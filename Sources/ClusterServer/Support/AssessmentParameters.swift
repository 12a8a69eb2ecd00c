import ClusterWorkflows

/// The options of a cluster assessment as a request carries them — the same names as the
/// command's flags (`partition`, `flows`, `compare`, `reference`, `seed`, `resolution`) — so a page,
/// its JSON and its command line always mean the same assessment. `--rules` has no web form: a
/// server does not read files named by its visitors.
struct AssessmentParameters: Sendable, Hashable {
    var graph: String
    var partition: String?
    var flows: String?
    var compare: String?
    var reference: String?
    var seed: UInt64 = 0
    var resolution: Double = 1

    init(graph: String, form: RequestForm) throws {
        self.graph = graph
        partition = form["partition"]
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

    var options: ClusterAssessmentOptions {
        ClusterAssessmentOptions(graph: graph, partition: partition, flows: flows, compare: compare, reference: reference,
                                 seed: seed, resolution: resolution)
    }

    /// The parameters that differ from the defaults, for addresses.
    var queryItems: [(String, String?)] {
        [("partition", partition), ("flows", flows), ("compare", compare), ("reference", reference),
         ("seed", seed == 0 ? nil : String(seed)), ("resolution", resolution == 1 ? nil : String(resolution))]
    }

    /// The same parameters as command-line flags, after `--graph`.
    var flags: [String] {
        queryItems.flatMap { name, value in value.map { ["--" + name, $0] } ?? [] }
    }

    /// Identifies the assessment in the answer cache.
    var cacheKey: String {
        (["assessment", graph] + queryItems.map { "\($0.0)=\($0.1 ?? "")" }).joined(separator: "\u{1F}")
    }
}
