import ClusterAssessment
import ClusterWorkflows

/// What the cluster pages show about an assessment besides its numbers: each cluster's title (as
/// the diagrams title it), its members' names, and its reasons marked passed, failed or untested.
struct AssessmentView: Sendable {
    let assessment: PartitionAssessment
    let parameters: AssessmentParameters
    private let titles: [String: String]

    init(_ assessment: PartitionAssessment, parameters: AssessmentParameters) {
        self.assessment = assessment
        self.parameters = parameters
        titles = Dictionary(DiagramRequest.rendered(assessment).map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    /// `3: Paper, pulp and printing +4` or `0: forest` (a definition's name), as the diagram's box says.
    func title(_ id: Int) -> String { titles[String(id)] ?? "Cluster \(id)" }

    /// The name of a member: its label in the flows graph, else in the clusters' graph, else its key.
    func label(_ key: String) -> String {
        for graph in [assessment.inputs.flows, assessment.inputs.structure] {
            if let index = graph.index(of: key), let label = graph.labels[index] { return label }
        }
        return key
    }

    /// A member's number attribute in the flows graph (`output`, `exports`).
    func attribute(_ name: String, of key: String) -> Double? {
        let flows = assessment.inputs.flows
        return flows.index(of: key).flatMap { flows.attributes.number(name, at: $0) }
    }

    /// Where the partition comes from, in words.
    var partitionText: String {
        if let clusters = parameters.clusters { return "clusters defined by \(clusters)" }
        return parameters.partition.map { "partition '\($0)'" } ?? "clusters found by Leiden (seed \(parameters.seed), resolution \(parameters.resolution))"
    }

    func cluster(_ id: Int) -> AssessedCluster? { assessment.clusters.first { $0.id == id } }

    /// Members by name, each with its key.
    func members(_ cluster: AssessedCluster, limit: Int = .max) -> HTML {
        let shown: [HTML] = cluster.members.prefix(limit).map { "<span class=\"member\">\(label($0)) <code>\($0)</code></span>" }
        let more: HTML = cluster.members.count > limit ? "; <span class=\"muted\">and \(cluster.members.count - limit) more</span>" : .empty
        return HTML.joined(shown, separator: "; ") + more
    }

    /// The reasons: the class summary first, then one line per condition, marked by its evidence.
    func reasons(_ cluster: AssessedCluster) -> HTML {
        let items: [HTML] = cluster.reasons.enumerated().map { index, reason in
            guard index > 0 else { return "<li class=\"summary\">\(Fragments.prose(reason))</li>" }
            let evidence = index - 1 < cluster.evidence.count ? cluster.evidence[index - 1] : nil
            let mark = switch evidence?.passed {
            case true?: "pass"
            case false?: "fail"
            // A value given for context has no threshold; a condition that could not be tested has one.
            case nil: evidence?.threshold == nil && evidence?.indicator != nil ? "context" : "untested"
            }
            return "<li class=\"\(mark)\">\(Fragments.prose(reason))</li>"
        }
        return "<ul class=\"reasons\">\(items)</ul>"
    }
}
